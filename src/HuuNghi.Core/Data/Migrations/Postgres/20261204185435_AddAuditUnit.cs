using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAuditUnit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "OrgUnitId",
                table: "AuditEntries",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrgUnitId_At",
                table: "AuditEntries",
                columns: new[] { "OrgUnitId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_OrgUnitId_At",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "OrgUnitId",
                table: "AuditEntries");
        }
    }
}
