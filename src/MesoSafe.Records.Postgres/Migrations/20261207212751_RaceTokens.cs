using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResolvedBy",
                table: "AttentionItems",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "AttentionItems",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "PlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Indication = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    Substances = table.Column<List<string>>(type: "text[]", nullable: false),
                    Technique = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    DepthMm = table.Column<double>(type: "double precision", nullable: true),
                    Anesthetic = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    CombinedWith = table.Column<List<string>>(type: "text[]", nullable: false),
                    Sessions = table.Column<int>(type: "integer", nullable: false),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
