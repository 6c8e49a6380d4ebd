#pragma once

#include "app/forms/ValidatedOperationForm.h"

#include <memory>

namespace Ui {
class TrackEventForm;
}

// Track event (events/track): who (id and/or email), the event name with a preview of how Vero matches it,
// data, extras, and an option that adds a unique timestamp to the data (DuplicateEvent::withUniqueTimestamp) so
// Vero's deduplication keeps repeats.
class TrackEventForm : public ValidatedOperationForm
{
    Q_OBJECT
public:
    // `prompts` asks before a send that needs it; it must outlive the form.
    explicit TrackEventForm(UserPrompts* prompts, QWidget* parent = nullptr);
    ~TrackEventForm() override;

    QList<Operation> operations() const override { return {Operation::TrackEvent}; }
    // With the unique timestamp option on, each call stamps the data with the current time (UTC, milliseconds).
    OperationInput input(Operation operation) const override;
    QWidget* userIdField() const override;
    // Turns the "add a unique timestamp" option on or off (the duplicate-event warning offers it).
    void setUniqueTimestamp(bool enabled);

protected:
    void writeFields(const OperationInput& input) override;
    ValidationErrors widgetErrors(Operation operation) const override;

private:
    void updateEventNamePreview();

    std::unique_ptr<Ui::TrackEventForm> m_ui;
};
