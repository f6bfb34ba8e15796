using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecallQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AttentionItems_LotId_PatientId",
                table: "AttentionItems",
                columns: new[] { "LotId", "PatientId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AttentionItems_LotId_PatientId",
                table: "AttentionItems");
        }
    }
}
