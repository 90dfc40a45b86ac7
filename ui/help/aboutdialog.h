#pragma once

// Help > About tariffsim: the version, the licence and what the data know (the
// legal record's last day, the last observed month of each trade series).

#include "core/dataset.h"

#include <QDialog>

class QLabel;

namespace tariffsim::ui {

/// The program's version, the project version of CMakeLists.txt ("0.2.0").
QString tariffsimVersion();

/// The About text as rich text: name, version, what the program does, the data
/// vintage of `dataset`, where the sources are listed, the licence. Its link
/// "help:data.md" asks for a help page.
QString aboutHtml(const core::Dataset& dataset);

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const core::Dataset& dataset, QWidget* parent = nullptr);

    /// The text shown (rich text).
    QString text() const;

signals:
    /// A link to a help page was clicked: its file ("data.md").
    void helpPageRequested(const QString& file);

protected:
    /// Shows the text in the new language.
    void changeEvent(QEvent* event) override;

private:
    const core::Dataset& m_dataset;
    QLabel* m_text = nullptr;
};

} // namespace tariffsim::ui
