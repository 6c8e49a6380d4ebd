# The request history pane (issue 5) and its core helpers; included by this folder's CMakeLists.txt.
vero_add_qtest(tst_HistoryPane SOURCES tst_HistoryPane.cpp LIBRARIES veroapp GUI)
vero_add_qtest(tst_InverseOperation SOURCES tst_InverseOperation.cpp)
vero_add_qtest(tst_HistoryRequestRenderer SOURCES tst_HistoryRequestRenderer.cpp)
vero_add_qtest(tst_HistoryRetentionDialog SOURCES tst_HistoryRetentionDialog.cpp LIBRARIES veroapp GUI)
