#include "cli/IdentifyCommand.h"

#include <QJsonObject>

namespace {

// "push,TOKEN,android" -> {"type":"push","address":"TOKEN","platform":"android"}. The address is everything
// between the first and the last comma, so it may itself contain commas.
std::optional<QJsonObject> parseChannel(const QString& text)
{
    const qsizetype first = text.indexOf(QLatin1Char(','));
    const qsizetype last = text.lastIndexOf(QLatin1Char(','));
    if (first < 0 || first == last) {
        return std::nullopt;
    }
    QJsonObject channel;
    channel.insert(QStringLiteral("type"), text.left(first).trimmed());
    channel.insert(QStringLiteral("address"), text.mid(first + 1, last - first - 1).trimmed());
    channel.insert(QStringLiteral("platform"), text.mid(last + 1).trimmed());
    return channel;
}

} // namespace

IdentifyCommand::IdentifyCommand()
    : OperationCommand(Operation::Identify)
{
}

QList<QCommandLineOption> IdentifyCommand::options() const
{
    return OperationCommand::options() << valueOption(
               "channel", "A device channel; repeat for several.", "type,address,platform");
}

Fallible<OperationInput> IdentifyCommand::readInput(const QCommandLineParser& parser) const
{
    Fallible<OperationInput> read = OperationCommand::readInput(parser);
    if (!read) {
        return read;
    }
    OperationInput input = std::move(read).value();
    const QStringList channels = parser.values(QStringLiteral("channel"));
    for (const QString& text : channels) {
        const std::optional<QJsonObject> channel = parseChannel(text);
        if (!channel) {
            return Fallible<OperationInput>::failure(
                tr("--channel expects type,address,platform (got \"%1\").").arg(text));
        }
        input.channels.append(*channel);
    }
    return input;
}
