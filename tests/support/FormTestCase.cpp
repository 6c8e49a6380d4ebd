#include "FormTestCase.h"

#include <QTest>

FormTestBase::FormTestBase(const QSize& formSize)
    : m_formSize(formSize)
{
}

FormTestBase::~FormTestBase() = default;

void FormTestBase::initTestCase()
{
    QVERIFY(m_harness.listen());
}

void FormTestBase::init()
{
    m_prompts.clear();
    m_harness.server().clear();
    m_form = makeForm();
    m_form->resize(m_formSize);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
    setUpForm();
}

void FormTestBase::cleanup()
{
    m_form.reset();
    QVERIFY2(m_prompts.unusedAnswers() == 0, "an answer was queued for a question that never came");
}
