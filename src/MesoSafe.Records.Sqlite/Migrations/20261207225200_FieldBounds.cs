using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MesoSafe.Records.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FieldBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
