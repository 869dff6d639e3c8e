#pragma once

#include "series/datafill.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace lr {

class ReportEditor;

// The question Fill From Data and Fill From Snapshots ask before they replace what was typed:
// each typed value with its old and new text; Replace, Fill Empty Only or Cancel.
class FillConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(lr::FillConfirmation)

public:
    // Whether to replace the typed values in `typed` (each FieldFill's label, current and
    // proposed text), asking `question` ("In 2 fields, the value typed differs from the data."):
    // true for Replace, false for Fill Empty Only (or nothing typed, without asking), nullopt
    // when the user cancels.
    static std::optional<bool> replaceTyped(QWidget *parent, const QString &question, const QList<FieldFill> &typed);
    // Puts `filled` into the report as one undo step named `action`, and says what that changed,
    // for the status bar: "Fill From Data changed Executive Summary: Memory growth; Deployment and
    // Results: Baseline. Undo takes it back." (or that nothing changed).
    static QString apply(ReportEditor *editor, const ReportContent &filled, const QString &action);
};

} // namespace lr
