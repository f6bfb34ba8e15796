namespace MesoSafe.Records;

/// <summary>A record edited in place; <see cref="Version"/> is its optimistic-concurrency token,
/// raised by one on every save so a stale edit fails instead of overwriting.</summary>
public interface IVersioned
{
    Guid Id { get; }

    long Version { get; set; }
}
