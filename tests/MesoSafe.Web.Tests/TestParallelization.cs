using Xunit;

// Test classes start whole web hosts (WebApplicationFactory) on SQLite and PostgreSQL. Starting
// several at once on a 2-core CI machine once left one class with a disposed host (flaky
// ObjectDisposedException), so the classes run one after another; tests inside still own their data.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
