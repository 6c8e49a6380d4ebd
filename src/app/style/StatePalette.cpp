#include "app/style/StatePalette.h"

#include <QtMath>

#include <array>

namespace {
// A window colour darker than this (HSL lightness, 0 to 255) is a dark theme.
constexpr int DarkWindowLightness = 128;

// The values of one role in one theme.
struct RoleColours
{
    QRgb text;
    QRgb fill;
    QRgb onFill;
    QRgb border;
};

// Indexed by StatePalette::Role. Light values are dark enough for 4.5:1 on a window as grey as 0xdcdcdc; dark
// values light enough for 4.5:1 on a window as light as 0x3c3c3c.
constexpr std::array<RoleColours, 6> Light {{
    {0xb3261e, 0xfdecea, 0x611a15, 0xe57373}, // Error
    {0x8a5000, 0xfff4e5, 0x4d3400, 0xe0a030}, // Warning
    {0x1b6e35, 0xe6f4ea, 0x0d3d1c, 0x81c995}, // Success
    {0x00696f, 0x00696f, 0xffffff, 0x00494d}, // Sandbox
    {0xb3261e, 0xb3261e, 0xffffff, 0x7f1b15}, // Production
    {0x4a5560, 0x4a5560, 0xffffff, 0x343c44}, // Neutral
}};
constexpr std::array<RoleColours, 6> Dark {{
    {0xff8a80, 0x4a1a17, 0xffdad6, 0xb3261e}, // Error
    {0xffb74d, 0x3d2c0b, 0xffe0b2, 0xb26a00}, // Warning
    {0x81c995, 0x12351d, 0xc8ecd2, 0x2e7d32}, // Success
    {0x4dd0c8, 0x00555a, 0xffffff, 0x4dd0c8}, // Sandbox
    {0xff8a80, 0x93201a, 0xffffff, 0xff8a80}, // Production
    {0xb0bec5, 0x3d4850, 0xffffff, 0xb0bec5}, // Neutral
}};

// WCAG 2 relative luminance.
double luminance(const QColor& colour)
{
    const auto channel
        = [](double value) { return value <= 0.03928 ? value / 12.92 : qPow((value + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}
} // namespace

StatePalette::StatePalette(const QPalette& palette)
    : m_dark(isDark(palette))
{
}

bool StatePalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < DarkWindowLightness;
}

namespace {
const RoleColours& coloursOf(StatePalette::Role role, bool dark)
{
    return (dark ? Dark : Light).at(static_cast<std::size_t>(role));
}
} // namespace

QColor StatePalette::text(Role role) const
{
    return QColor::fromRgb(coloursOf(role, m_dark).text);
}

QColor StatePalette::fill(Role role) const
{
    return QColor::fromRgb(coloursOf(role, m_dark).fill);
}

QColor StatePalette::onFill(Role role) const
{
    return QColor::fromRgb(coloursOf(role, m_dark).onFill);
}

QColor StatePalette::border(Role role) const
{
    return QColor::fromRgb(coloursOf(role, m_dark).border);
}

double StatePalette::contrast(const QColor& first, const QColor& second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

QList<StatePalette::Role> StatePalette::roles()
{
    return {Role::Error, Role::Warning, Role::Success, Role::Sandbox, Role::Production, Role::Neutral};
}
