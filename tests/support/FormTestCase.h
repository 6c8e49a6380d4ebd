#pragma once

#include "FormDriver.h"
#include "FormSendHarness.h"
#include "ScriptedUserPrompts.h"
#include "app/forms/OperationForm.h"

#include <QObject>
#include <QSize>

#include <memory>
#include <type_traits>

// What every form test does before and after each test function, in one place: the recording server listens
// once; each test gets a fresh form (with the scripted prompts, for the forms that ask), resized, shown and
// exposed, an empty server and no questions asked yet; after each test every answer the test queued must have
// been asked for. A form test derives from FormTestCase<TheForm> and has only its test functions.
class FormTestBase : public QObject
{
    Q_OBJECT
protected:
    static constexpr QSize DefaultFormSize {800, 600};

    explicit FormTestBase(const QSize& formSize);
    ~FormTestBase() override;

    FormSendHarness& harness() { return m_harness; }
    ScriptedUserPrompts& prompts() { return m_prompts; }
    OperationForm* operationForm() const { return m_form.get(); }
    // A fresh form of the test's class, and the test's own set-up of it.
    virtual std::unique_ptr<OperationForm> makeForm() = 0;
    virtual void setUpForm() { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

private:
    QSize m_formSize;
    FormSendHarness m_harness;
    ScriptedUserPrompts m_prompts;
    std::unique_ptr<OperationForm> m_form;
};

template <typename Form>
class FormTestCase : public FormTestBase
{
protected:
    explicit FormTestCase(const QSize& formSize = DefaultFormSize)
        : FormTestBase(formSize)
    {
    }

    Form* form() const { return static_cast<Form*>(operationForm()); }
    // The form's child called `name`, or nullptr: QVERIFY it before use.
    template <typename T>
    T* child(const char* name) const
    {
        return FormDriver::child<T>(operationForm(), name);
    }

    std::unique_ptr<OperationForm> makeForm() override
    {
        if constexpr (std::is_constructible_v<Form, UserPrompts*>) {
            return std::make_unique<Form>(&prompts());
        } else {
            return std::make_unique<Form>();
        }
    }
};
