using MesoSafe.Records.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MesoSafe.Records.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(SignInSession.KeyLength);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasIndex(s => s.UserId);
    }
}
