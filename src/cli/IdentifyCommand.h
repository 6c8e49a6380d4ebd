#pragma once

#include "cli/OperationCommand.h"

// veroctl identify: OperationCommand plus --channel, repeated, each "type,address,platform".
class IdentifyCommand : public OperationCommand
{
public:
    IdentifyCommand();

    QList<QCommandLineOption> options() const override;
    QStringList repeatableOptions() const override { return {QStringLiteral("channel")}; }

protected:
    Fallible<OperationInput> readInput(const QCommandLineParser& parser) const override;
};
