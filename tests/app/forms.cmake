# Tests of the operation forms and their widgets (src/app/forms.cmake); included by tests/app/CMakeLists.txt.
# Each form is filled through its widgets, sent through the core to a recording server on loopback and to a
# real vero-sandbox child, and checked for what arrived and the state it left.
get_filename_component(vero_forms_root ${CMAKE_CURRENT_LIST_DIR}/../.. ABSOLUTE)
set(form_test_dir ${CMAKE_CURRENT_LIST_DIR})

qt_add_library(veroformtestsupport STATIC
    ${form_test_dir}/FormDriver.cpp ${form_test_dir}/FormDriver.h
    ${form_test_dir}/FormSendHarness.cpp ${form_test_dir}/FormSendHarness.h
    ${vero_forms_root}/tests/sandbox/SandboxTestClient.cpp ${vero_forms_root}/tests/sandbox/SandboxTestClient.h
)
target_include_directories(veroformtestsupport PUBLIC ${form_test_dir} ${vero_forms_root}/tests/sandbox)
target_link_libraries(veroformtestsupport PUBLIC veroapp verocore verotestsupport Qt6::Test Qt6::Widgets Qt6::Network)
if(TARGET vero-sandbox)
    target_compile_definitions(veroformtestsupport PRIVATE
        VERO_SANDBOX_PATH="$<TARGET_FILE:vero-sandbox>" VERO_TEST_TLS_DIR="${CMAKE_CURRENT_BINARY_DIR}")
    add_dependencies(veroformtestsupport vero-sandbox)
else()
    # Without the sandbox the tests still run against the recording server and skip the sandbox checks.
    target_compile_definitions(veroformtestsupport PRIVATE VERO_SANDBOX_PATH="" VERO_TEST_TLS_DIR="")
endif()

foreach(name
        IdentifyForm EditPropertiesForm AliasForm SubscriptionForm DeleteForm DeleteConfirmationDialog TagsForm
        TrackEventForm ConnectionTestForm PropertyEditor ChannelsEditor TagListEditor ResultView FieldErrorRouter
        FormFactory)
    if(EXISTS ${form_test_dir}/tst_${name}.cpp)
        vero_add_qtest(tst_${name} SOURCES ${form_test_dir}/tst_${name}.cpp LIBRARIES veroformtestsupport veroapp GUI)
    endif()
endforeach()
