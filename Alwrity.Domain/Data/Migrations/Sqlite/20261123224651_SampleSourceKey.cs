using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alwrity.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SampleSourceKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "writing_samples",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "writing_samples");
        }
    }
}
