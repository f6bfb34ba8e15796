using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UnreadCheckInReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Clinics",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Unread",
                table: "AttentionItems",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "UnreadWords",
                table: "AttentionItems",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "CheckInReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckInId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClinicId = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Words = table.Column<List<string>>(type: "text[]", nullable: false),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    ReadAs = table.Column<List<string>>(type: "text[]", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Action = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    KnowledgeBase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInReadings_CheckIns_CheckInId",
                        column: x => x.CheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReadings_CheckInId",
                table: "CheckInReadings",
                column: "CheckInId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReadings_ClinicId_KnowledgeBase",
                table: "CheckInReadings",
                columns: new[] { "ClinicId", "KnowledgeBase" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInReadings_PatientId",
                table: "CheckInReadings",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckInReadings");

            migrationBuilder.DropColumn(
                name: "Telephone",
                table: "Clinics");

            migrationBuilder.DropColumn(
                name: "Unread",
                table: "AttentionItems");

            migrationBuilder.DropColumn(
                name: "UnreadWords",
                table: "AttentionItems");
        }
    }
}
