// Build-time tool: renders the application icon (SVG) to a square PNG.
//
//   tariffsim-rendericon ICON.svg OUT.png SIZE
//
// The PNG sizes installed for desktops that do not use the SVG come from the one
// SVG, so they cannot drift from it.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: tariffsim-rendericon ICON.svg OUT.png SIZE\n");
        return 2;
    }
    // No application object: an icon of shapes needs no fonts or platform plugin.
    const int size = std::atoi(argv[3]);
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid() || size < 8 || size > 4096) {
        std::fprintf(stderr, "tariffsim-rendericon: cannot render %s at %s px\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::fprintf(stderr, "tariffsim-rendericon: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
