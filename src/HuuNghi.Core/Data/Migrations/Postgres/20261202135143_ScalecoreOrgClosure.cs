using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AncestorId = table.Column<int>(type: "integer", nullable: false),
                    DescendantId = table.Column<int>(type: "integer", nullable: false),
                    Depth = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false)
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
            migrationBuilder.Sql(HuuNghi.Core.Features.OrgUnits.OrgClosure.FullInsertSql(postgres: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrgUnitClosures");
        }
    }
}
