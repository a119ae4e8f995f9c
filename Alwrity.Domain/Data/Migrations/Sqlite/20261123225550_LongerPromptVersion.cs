using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alwrity.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LongerPromptVersion : Migration
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
