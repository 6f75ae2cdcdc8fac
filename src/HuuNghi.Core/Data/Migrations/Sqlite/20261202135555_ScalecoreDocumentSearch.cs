using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScalecoreDocumentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index lives outside the EF model (raw SQL): see Features/Documents/DocumentSearch.cs.
            foreach (var sql in HuuNghi.Core.Features.Documents.DocumentSearch.SqliteSql) migrationBuilder.Sql(sql);
            migrationBuilder.Sql("INSERT INTO \"DocumentSearch\"(\"DocumentSearch\") VALUES ('rebuild')");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Documents_Search_Insert\"");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Documents_Search_Delete\"");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_Documents_Search_Update\"");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"DocumentSearch\"");

        }
    }
}
