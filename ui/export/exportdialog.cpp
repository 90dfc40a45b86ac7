#include "ui/export/exportdialog.h"

#include "ui/export/exportactions.h"
#include "ui/document/scenariodocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace tariffsim::ui {

namespace {
constexpr int kCustom = -1; // item data of the "Custom" size

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setFixedHeight(height);
    return edit;
}
} // namespace

ExportDialog::ExportDialog(ScenarioDocument* doc, ChartModelSource models, ChartId chart, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_models(std::move(models))
{
    setWindowTitle(tr("Export chart"));
    auto* form = new QFormLayout;

    m_chart = new QComboBox(this);
    for (ChartId id : allCharts())
        m_chart->addItem(chartTitle(id), static_cast<int>(id));
    m_chart->setAccessibleName(tr("Chart"));
    m_chart->setToolTip(tr("The chart to export, as the window shows it"));
    form->addRow(tr("&Chart:"), m_chart);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportFormat::Png));
    m_format->addItem(tr("SVG vector image"), static_cast<int>(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportFormat::Pdf));
    m_format->addItem(tr("CSV of the chart's numbers"), static_cast<int>(ExportFormat::Csv));
    m_format->setAccessibleName(tr("Format"));
    m_format->setToolTip(tr("PNG for slides, SVG and PDF as vectors (text stays text), CSV for the numbers"));
    form->addRow(tr("&Format:"), m_format);

    auto* sizeRow = new QHBoxLayout;
    m_size = new QComboBox(this);
    for (const ExportSizePreset& p : exportSizePresets())
        m_size->addItem(p.label, p.id);
    m_size->addItem(tr("Custom"), kCustom);
    m_size->setAccessibleName(tr("Size"));
    m_size->setToolTip(tr("Size in pixels at 96 dpi; the layout scales with it"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Custom width"));
    m_height->setAccessibleName(tr("Custom height"));
    m_width->setValue(1600);
    m_height->setValue(900);
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto* sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, sizeRow);

    auto* scaleRow = new QHBoxLayout;
    m_scale = new QComboBox(this);
    for (int s = 1; s <= kMaxExportScale; ++s)
        m_scale->addItem(tr("%1×").arg(s), s);
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("PNG pixels per layout pixel: 2× and 3× for sharp slides on high-density screens"));
    m_pixels = new QLabel(this);
    m_pixels->setStyleSheet(QStringLiteral("color: #555;"));
    scaleRow->addWidget(m_scale);
    scaleRow->addWidget(m_pixels, 1);
    auto* scaleLabel = new QLabel(tr("S&cale:"), this);
    scaleLabel->setBuddy(m_scale);
    form->addRow(scaleLabel, scaleRow);

    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_subtitle = new QLineEdit(this);
    m_subtitle->setAccessibleName(tr("Subtitle"));
    form->addRow(tr("Su&btitle:"), m_subtitle);
    m_caption = textBox(this, 5);
    m_caption->setAccessibleName(tr("Caption"));
    m_caption->setToolTip(tr("Key assumptions printed under the chart"));
    form->addRow(tr("Ca&ption:"), m_caption);
    m_source = textBox(this, 3);
    m_source->setAccessibleName(tr("Source line"));
    form->addRow(tr("S&ource:"), m_source);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Preview"));

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    auto* copy = buttons->addButton(tr("Cop&y to clipboard"), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    auto* preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    auto* reset = buttons->addButton(tr("&Reset text"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveAs);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(print, &QPushButton::clicked, this, &ExportDialog::print);
    connect(preview, &QPushButton::clicked, this, &ExportDialog::printPreview);
    connect(reset, &QPushButton::clicked, this, &ExportDialog::resetText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addLayout(left, 2);
    top->addWidget(m_preview, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    // Last choices of format, size and scale.
    QSettings settings;
    m_format->setCurrentIndex(std::max(0, m_format->findData(settings.value(QStringLiteral("export/format"), 0))));
    m_size->setCurrentIndex(std::max(0, m_size->findData(settings.value(QStringLiteral("export/size"), m_size->itemData(0)))));
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(settings.value(QStringLiteral("export/scale"), 1))));

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    connect(m_chart, &QComboBox::currentIndexChanged, this, [this] {
        resetText();
        schedulePreview();
    });
    for (QComboBox* box : {m_format, m_size, m_scale})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            schedulePreview();
        });
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateEnabled();
            schedulePreview();
        });
    for (QLineEdit* edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QPlainTextEdit* edit : {m_caption, m_source})
        connect(edit, &QPlainTextEdit::textChanged, this, &ExportDialog::schedulePreview);

    setChart(chart);
    resetText();
    updateEnabled();
    refreshPreview();
}

ChartId ExportDialog::chart() const { return static_cast<ChartId>(m_chart->currentData().toInt()); }

void ExportDialog::setChart(ChartId id) { m_chart->setCurrentIndex(m_chart->findData(static_cast<int>(id))); }

ChartModel ExportDialog::model() const { return m_models(chart()); }

QSize ExportDialog::chosenSize() const
{
    if (m_size->currentData().toInt() == kCustom)
        return QSize(m_width->value(), m_height->value());
    return *parseExportSize(m_size->currentData().toString());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    r.size = chosenSize();
    r.scale = m_scale->currentData().toInt();
    r.layout.title = m_title->text();
    r.layout.subtitle = m_subtitle->text();
    r.layout.caption = m_caption->toPlainText();
    r.layout.source = m_source->toPlainText();
    return r;
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ExportDialog::setCustomSize(QSize size)
{
    m_size->setCurrentIndex(m_size->findData(kCustom));
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

void ExportDialog::setScale(int scale) { m_scale->setCurrentIndex(m_scale->findData(scale)); }

QByteArray ExportDialog::renderBytes() const { return renderExport(model(), request()); }

QString ExportDialog::saveTo(const QString& path) const { return writeExportFile(path, renderBytes()); }

void ExportDialog::resetText()
{
    const BriefingLayout layout = defaultBriefingLayout(*m_doc, model(), exportDay());
    m_title->setText(layout.title);
    m_subtitle->setText(layout.subtitle);
    m_caption->setPlainText(layout.caption);
    m_source->setPlainText(layout.source);
}

void ExportDialog::updateEnabled()
{
    const ExportRequest r = request();
    const bool custom = m_size->currentData().toInt() == kCustom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    const bool picture = r.format != ExportFormat::Csv;
    m_size->setEnabled(picture);
    m_scale->setEnabled(r.format == ExportFormat::Png);
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_subtitle),
                       static_cast<QWidget*>(m_caption), static_cast<QWidget*>(m_source)})
        w->setEnabled(picture);
    if (r.format == ExportFormat::Png)
        m_pixels->setText(tr("%1 × %2 pixels").arg(r.size.width() * r.scale).arg(r.size.height() * r.scale));
    else if (picture)
        m_pixels->setText(tr("vector, %1 × %2 at 96 dpi").arg(r.size.width()).arg(r.size.height()));
    else
        m_pixels->setText(tr("the numbers behind the chart"));
}

void ExportDialog::schedulePreview() { m_previewTimer->start(); }

void ExportDialog::refreshPreview()
{
    const ExportRequest r = request();
    // The same layout at most 1280 pixels wide: it scales with the size, so text
    // wraps as it will in the file.
    const double f = std::min(1.0, 1280.0 / r.size.width());
    const QSize size(static_cast<int>(r.size.width() * f), static_cast<int>(r.size.height() * f));
    const QImage image = renderPng(model(), size, 1, r.layout);
    m_preview->setPixmap(QPixmap::fromImage(
        image.scaled(m_preview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportDialog::saveAs()
{
    const ExportRequest r = request();
    QSettings settings;
    const QString suffix = exportFormatName(r.format);
    const QString dir = settings.value(QStringLiteral("export/dir")).toString();
    const QString name = chartName(chart()) + QLatin1Char('.') + suffix;
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QDir(dir).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (const QString error = saveTo(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export chart"), error);
        return;
    }
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/format"), static_cast<int>(r.format));
    settings.setValue(QStringLiteral("export/size"), m_size->currentData());
    settings.setValue(QStringLiteral("export/scale"), r.scale);
    accept();
}

void ExportDialog::copyToClipboard() { copyChartToClipboard(model(), request().layout); }

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printChartPage(&printer, model(), request().layout);
}

void ExportDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    const ChartModel m = model();
    const BriefingLayout layout = request().layout;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* p) { printChartPage(p, m, layout); });
    dialog.exec();
}

} // namespace tariffsim::ui
