using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Unread",
                table: "AttentionItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UnreadWords",
                table: "AttentionItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "CheckInReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckInId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Words = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    ReadAs = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    KnowledgeBase = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
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
