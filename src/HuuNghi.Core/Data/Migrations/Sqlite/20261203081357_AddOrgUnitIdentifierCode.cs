using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOrgUnitIdentifierCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdentifierCode",
                table: "OrgUnits",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_IdentifierCode",
                table: "OrgUnits",
                column: "IdentifierCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_IdentifierCode",
                table: "OrgUnits");

            migrationBuilder.DropColumn(
                name: "IdentifierCode",
                table: "OrgUnits");
        }
    }
}
