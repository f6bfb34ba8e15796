using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RaceTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecalledBy",
                table: "Lots",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResolvedBy",
                table: "AttentionItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "AttentionItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "PlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Indication = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Areas = table.Column<string>(type: "TEXT", nullable: false),
                    Substances = table.Column<string>(type: "TEXT", nullable: false),
                    Technique = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    DepthMm = table.Column<double>(type: "REAL", nullable: true),
                    Anesthetic = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    CombinedWith = table.Column<string>(type: "TEXT", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    IntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanRevisions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanRevisions_PlanId_Revision",
                table: "PlanRevisions",
                columns: new[] { "PlanId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanRevisions");

            migrationBuilder.DropColumn(
                name: "RecalledBy",
                table: "Lots");

            migrationBuilder.DropColumn(
                name: "ResolvedBy",
                table: "AttentionItems");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AttentionItems");
        }
    }
}
