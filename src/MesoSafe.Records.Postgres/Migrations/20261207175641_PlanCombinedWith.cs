using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PlanCombinedWith : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "CombinedWith",
                table: "Plans",
                type: "text[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::text[]"); // written by hand: plans saved before this migration were combined with nothing
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CombinedWith",
                table: "Plans");
        }
    }
}
