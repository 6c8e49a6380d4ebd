# The request history pane (issue 5) and its widgets; included by this folder's CMakeLists.txt.
# Paths are relative to src/app.
set(VERO_HISTORY_SOURCES
    HistoryDetailView.cpp HistoryDetailView.h ../../ui/HistoryDetailView.ui
    HistoryFilterBar.cpp HistoryFilterBar.h ../../ui/HistoryFilterBar.ui
    HistoryPane.cpp HistoryPane.h ../../ui/HistoryPane.ui
    HistoryRetentionDialog.cpp HistoryRetentionDialog.h ../../ui/HistoryRetentionDialog.ui
    HistoryStatusDelegate.cpp HistoryStatusDelegate.h
    RestoreUserDialog.cpp RestoreUserDialog.h ../../ui/RestoreUserDialog.ui
)
