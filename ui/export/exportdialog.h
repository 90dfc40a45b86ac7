#pragma once

// The Export dialog: which chart, format (PNG, SVG, PDF, CSV), size (1920x1080,
// 1280x720 or custom) and PNG scale (1x, 2x, 3x), and the briefing text (title,
// subtitle, caption, source line) with a live preview. Choosing the file is the
// only thing it adds to the rendering functions of ui/export/.

#include "ui/charts/chartmodels.h"
#include "ui/export/chartexport.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tariffsim::ui {

class ScenarioDocument;

/// The chart data as the window shows it (its time range and sector period).
using ChartModelSource = std::function<ChartModel(ChartId)>;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ScenarioDocument* doc, ChartModelSource models, ChartId chart, QWidget* parent = nullptr);

    ChartId chart() const;
    void setChart(ChartId id);
    /// The model of the chosen chart, as the window shows it.
    ChartModel model() const;
    /// Format, size, scale and text as chosen.
    ExportRequest request() const;
    void setFormat(ExportFormat format);
    /// Sets a custom size ("Custom" in the size list).
    void setCustomSize(QSize size);
    void setScale(int scale);
    /// The file contents for the current choices.
    QByteArray renderBytes() const;
    /// Writes the current choices to `path`; returns an empty string or the reason.
    QString saveTo(const QString& path) const;

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* subtitleEdit() const { return m_subtitle; }
    QPlainTextEdit* captionEdit() const { return m_caption; }
    QPlainTextEdit* sourceEdit() const { return m_source; }
    /// The preview image (for tests); refreshed shortly after every change.
    QLabel* preview() const { return m_preview; }

public slots:
    /// Restores the default title, subtitle, caption and source of the chart.
    void resetText();
    /// Asks for a file name and writes it.
    void saveAs();
    void copyToClipboard();
    void print();
    void printPreview();

private:
    void updateEnabled();
    void schedulePreview();
    void refreshPreview();
    QSize chosenSize() const;

    ScenarioDocument* m_doc;
    ChartModelSource m_models;
    QComboBox* m_chart = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_size = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QPlainTextEdit* m_caption = nullptr;
    QPlainTextEdit* m_source = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_pixels = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace tariffsim::ui
