using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScalecoreOrgClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrgUnitClosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AncestorId = table.Column<int>(type: "INTEGER", nullable: false),
                    DescendantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnitClosures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitClosures_AncestorId_ValidFrom_ValidTo_DescendantId",
                table: "OrgUnitClosures",
                columns: new[] { "AncestorId", "ValidFrom", "ValidTo", "DescendantId" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnitClosures_DescendantId",
                table: "OrgUnitClosures",
                column: "DescendantId");

            // An upgraded database already has its tree: fill the closure now rather than leave it stale.
            migrationBuilder.Sql(HuuNghi.Core.Features.OrgUnits.OrgClosure.FullInsertSql(postgres: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgUnitClosures");
        }
    }
}
