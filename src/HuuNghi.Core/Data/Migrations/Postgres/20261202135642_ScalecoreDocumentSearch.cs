using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HuuNghi.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScalecoreDocumentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index lives outside the EF model (raw SQL): see Features/Documents/DocumentSearch.cs.
            foreach (var sql in HuuNghi.Core.Features.Documents.DocumentSearch.PostgresSql) migrationBuilder.Sql(sql);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Documents_SearchText_Trgm\"");

        }
    }
}
