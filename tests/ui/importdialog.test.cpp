// File > Import observations...: a CSV copied into the user data folder, its
// columns mapped onto the shipped file's.
#include "support/testsupport.h"

#include "core/userdata.h"
#include "ui/widgets/importdialog.h"

#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

using namespace tariffsim;

namespace {

std::string readAll(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("Import observations maps columns and writes a checked file into the data folder", "[ui][userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("data"));
    const QString source = QDir(dir.path()).filePath(QStringLiteral("customs-may.csv"));
    // Other headers, other order, an extra column.
    std::ofstream(source.toStdString(), std::ios::binary)
        << "Period,Direction,USD bn,Agency,Link,Comment\n2026-05,china_to_us,40.0,GACC,https://example.org/x,first\n";

    ui::ImportDialog dialog(folder);
    REQUIRE(dialog.setSourceFile(source));
    CHECK(dialog.targetBox()->currentText() == QStringLiteral("trade_monthly.csv"));
    // No column has the shipped name: nothing is chosen, and the check says what is missing.
    CHECK(dialog.problems().contains(QStringLiteral("trade_monthly.csv:2: month: empty; a value is required")));
    CHECK_FALSE(dialog.importNow());

    const auto map = [&](const char* column, const char* from) {
        QComboBox* box = dialog.mappingBox(column);
        REQUIRE(box);
        box->setCurrentText(QString::fromLatin1(from));
    };
    map("month", "Period");
    map("flow", "Direction");
    map("value_usd_bn", "USD bn");
    map("reporter", "Agency");
    map("source_url", "Link");
    map("note", "Comment");
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.mappedText()
          == "month,flow,value_usd_bn,reporter,source_url,kind,note\n"
             "2026-05,china_to_us,40.0,GACC,https://example.org/x,,first\n");
    REQUIRE(dialog.importNow());
    const QString written = QDir(folder).filePath(QStringLiteral("trade_monthly.csv"));
    CHECK(dialog.targetPath() == written);
    CHECK(readAll(written) == dialog.mappedText());
    CHECK(core::checkUserFile("trade_monthly.csv", readAll(written)).empty());
}

TEST_CASE("Importing into a file the folder already holds adds the rows, replacing those with the same key",
          "[ui][userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.path();
    const QString target = QDir(folder).filePath(QStringLiteral("trade_monthly.csv"));
    // May and June already there; the import revises June and adds July.
    std::ofstream(target.toStdString(), std::ios::binary)
        << "month,flow,value_usd_bn,reporter,source_url\n"
           "2026-05,china_to_us,40.0,GACC,https://example.org/may\n"
           "2026-06,china_to_us,38.0,GACC,https://example.org/june\n";
    const QString source = QDir(folder).filePath(QStringLiteral("revision.csv"));
    std::ofstream(source.toStdString(), std::ios::binary)
        << "month,flow,value_usd_bn,reporter,source_url,note\n"
           "2026-06,china_to_us,38.5,GACC,https://example.org/june-revised,revised\n"
           "2026-07,china_to_us,41.2,GACC,https://example.org/july,\n";
    ui::ImportDialog dialog(folder);
    REQUIRE(dialog.setSourceFile(source));
    dialog.targetBox()->setCurrentText(QStringLiteral("trade_monthly.csv"));
    CHECK(dialog.problems().isEmpty());
    REQUIRE(dialog.importNow());
    // Three months, June revised in place; the columns of the shipped file (the
    // import maps onto all of them, kind and note included).
    CHECK(readAll(target)
          == "month,flow,value_usd_bn,reporter,source_url,kind,note\n"
             "2026-05,china_to_us,40.0,GACC,https://example.org/may,,\n"
             "2026-06,china_to_us,38.5,GACC,https://example.org/june-revised,,revised\n"
             "2026-07,china_to_us,41.2,GACC,https://example.org/july,,\n");
    CHECK(core::checkUserFile("trade_monthly.csv", readAll(target)).empty());

    // A file there with problems of its own is replaced, and the dialog says so.
    std::ofstream(target.toStdString(), std::ios::binary) << "nonsense\n";
    ui::ImportDialog again(folder);
    REQUIRE(again.setSourceFile(source));
    again.targetBox()->setCurrentText(QStringLiteral("trade_monthly.csv"));
    REQUIRE(again.importNow());
    CHECK(readAll(target).starts_with("month,flow,value_usd_bn,reporter,source_url"));
    CHECK(readAll(target).find("nonsense") == std::string::npos);
}
