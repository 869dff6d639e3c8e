#include "template/reporttemplate.h"

#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lr {

const FieldDef *RowSetDef::column(const QString &columnId) const
{
    for (const FieldDef &c : columns) {
        if (c.id == columnId)
            return &c;
    }
    return nullptr;
}

const SectionDef *ReportTemplate::sectionOfNotes(const QString &notesKey) const
{
    if (const SectionDef *s = section(notesKey))
        return s;
    for (const SectionDef &s : m_sections) {
        if (!notesKey.isEmpty() && s.extraLinesKeys().contains(notesKey))
            return &s;
    }
    return nullptr;
}

QStringList SectionDef::extraLinesKeys() const
{
    QStringList keys;
    for (const SubsectionDef &subsection : subsections) {
        for (const BlockDef &block : subsection.blocks) {
            keys += block.linesAfterKeys();
            if (QString key = block.extraLinesKey(); !key.isEmpty())
                keys.append(std::move(key));
        }
    }
    return keys;
}

QString RowSetDef::placeholder(const Row &row, int index, const FieldDef &column) const
{
    const DefaultRow *match = nullptr;
    if (!keyColumn.isEmpty()) {
        const QString key = row.value(keyColumn).trimmed();
        for (const DefaultRow &candidate : defaultRows) {
            if (candidate.values.value(keyColumn) == key) {
                match = &candidate;
                break;
            }
        }
    } else if (index < defaultRows.size()) {
        match = &defaultRows[index];
    }
    if (match && match->placeholders.contains(column.id))
        return match->placeholders.value(column.id);
    return column.placeholderForRow(index + 1);
}

const FieldDef *RowSetDef::columnForHeading(const QString &heading) const
{
    const QString wanted = heading.simplified();
    for (const FieldDef &c : columns) {
        if (c.label.compare(wanted, Qt::CaseInsensitive) == 0)
            return &c;
        for (const QString &alias : headerAliases.value(c.id)) {
            if (alias.compare(wanted, Qt::CaseInsensitive) == 0)
                return &c;
        }
    }
    return nullptr;
}

namespace {
constexpr QStringView kExtraColumnPrefix = u"extra.";
}

QString RowSetDef::extraColumnKey(int position, const QString &heading)
{
    return kExtraColumnPrefix + QString::number(position).rightJustified(2, u'0') + u'.' + heading;
}

bool RowSetDef::isExtraColumnKey(const QString &key)
{
    return key.startsWith(kExtraColumnPrefix);
}

QString RowSetDef::extraColumnHeading(const QString &key)
{
    return key.section(u'.', 2);
}

QStringList RowSetDef::extraColumns(const QList<Row> &rows)
{
    QStringList keys;
    for (const Row &row : rows) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (isExtraColumnKey(it.key()) && !keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    std::sort(keys.begin(), keys.end()); // the zero-padded position orders them
    return keys;
}

Row RowSetDef::newRow() const
{
    Row row;
    for (const FieldDef &c : columns)
        row.insert(c.id, QString());
    return row;
}

QList<Row> RowSetDef::initialRows() const
{
    QList<Row> rows;
    for (const DefaultRow &d : defaultRows) {
        Row row = newRow();
        for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
            row.insert(it.key(), it.value());
        rows.append(row);
    }
    return rows;
}

const FieldDef *ChecklistItemDef::detail(const QString &detailId) const
{
    for (const FieldDef &s : details) {
        if (s.id == detailId)
            return &s;
    }
    return nullptr;
}

QString BlockDef::extraLinesKey() const
{
    QString anchor;
    if (kind == Kind::Checklist && !items.isEmpty())
        anchor = items.first().id;
    else if (kind == Kind::FieldList && !fields.isEmpty())
        anchor = fields.first().id;
    else if (kind == Kind::Fence && !groups.isEmpty()) {
        const FenceGroupDef &first = groups.first();
        anchor = !first.fields.isEmpty() ? first.fields.first().id : first.rows ? first.rows->id : QString();
    }
    return anchor.isEmpty() ? QString() : u"lines:"_s + anchor;
}

QStringList BlockDef::linesAfterKeys() const
{
    QStringList keys;
    if (kind == Kind::Fields || kind == Kind::FieldList) {
        for (const FieldDef &field : fields)
            keys.append(linesAfterKey(field.id));
    } else if (kind == Kind::Checklist) {
        for (const ChecklistItemDef &item : items)
            keys.append(linesAfterKey(item.id));
    }
    return keys;
}

QString BlockDef::linesAfterKey(const QString &fieldOrItemId)
{
    return u"after:"_s + fieldOrItemId;
}

QString ChecklistItemDef::displayText() const
{
    QString out;
    for (const TextPattern::Part &part : text.parts())
        out += part.isSlot ? detail(part.text)->placeholder : part.text;
    return out;
}

// Reads the JSON description and checks it: ids unique across the whole template (a form binds
// widgets by id), every slot of a pattern declared, every kind known.
class TemplateLoader
{
public:
    std::shared_ptr<ReportTemplate> load(const QByteArray &json, QString *error);

private:
    bool fail(const QString &path, const QString &message);
    QString string(const QJsonObject &o, const char *key, const QString &path, bool required);
    bool readField(const QJsonValue &v, const QString &path, FieldDef *out);
    bool readFields(const QJsonValue &v, const QString &path, QList<FieldDef> *out);
    bool readRowSet(const QJsonValue &v, const QString &path, RowSetDef *out);
    bool readChecklistItem(const QJsonValue &v, const QString &path, ChecklistItemDef *out);
    bool readBlock(const QJsonValue &v, const QString &path, BlockDef *out);
    bool readOptionalField(const QJsonObject &o, const char *key, const QString &path,
                           std::optional<FieldDef> *out);
    bool claimId(const QString &id, const QString &path);
    void index(ReportTemplate &t);

    QString m_error;
    QSet<QString> m_ids;
};

bool TemplateLoader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = path.isEmpty() ? message : path + u": "_s + message;
    return false;
}

QString TemplateLoader::string(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() || required)
        fail(path, u"\"%1\" must be a string"_s.arg(QLatin1StringView(key)));
    return {};
}

bool TemplateLoader::claimId(const QString &id, const QString &path)
{
    if (id.isEmpty())
        return fail(path, u"missing \"id\""_s);
    if (m_ids.contains(id))
        return fail(path, u"id \"%1\" is used twice"_s.arg(id));
    m_ids.insert(id);
    return true;
}

bool TemplateLoader::readField(const QJsonValue &v, const QString &path, FieldDef *out)
{
    if (!v.isObject())
        return fail(path, u"a field must be an object"_s);
    const QJsonObject o = v.toObject();
    out->id = string(o, "id", path, true);
    out->label = string(o, "label", path, false);
    out->placeholder = string(o, "placeholder", path, true);
    out->unit = string(o, "unit", path, false);
    out->defaultValue = string(o, "default", path, false);
    out->fromData = string(o, "fromData", path, false);
    out->claims = string(o, "claims", path, false);
    out->milestone = string(o, "milestone", path, false);
    out->fromAlerts = string(o, "fromAlerts", path, false);
    out->fromSnapshots = string(o, "fromSnapshots", path, false);
    out->required = o.value("required"_L1).toBool();
    out->editable = o.value("editable"_L1).toBool();
    out->prose = o.value("prose"_L1).toBool();
    const QString typeName = o.contains("type"_L1) ? string(o, "type", path, true) : u"text"_s;
    if (!fieldTypeFromName(typeName, &out->type))
        return fail(path, u"unknown field type \"%1\""_s.arg(typeName));
    for (const QJsonValue option : o.value("options"_L1).toArray())
        out->options.append(option.toString());
    if (out->type == FieldType::Choice && out->options.isEmpty())
        return fail(path, u"a choice needs \"options\""_s);
    if (out->prose && out->type != FieldType::Text)
        return fail(path, u"only a text field can be \"prose\""_s);
    return m_error.isEmpty();
}

bool TemplateLoader::readFields(const QJsonValue &v, const QString &path, QList<FieldDef> *out)
{
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        FieldDef field;
        const QString fieldPath = path + u'[' + QString::number(i) + u']';
        if (!readField(array[i], fieldPath, &field) || !claimId(field.id, fieldPath))
            return false;
        out->append(field);
    }
    return true;
}

bool TemplateLoader::readRowSet(const QJsonValue &v, const QString &path, RowSetDef *out)
{
    const QJsonObject o = v.toObject();
    out->id = string(o, "id", path, true);
    if (!claimId(out->id, path))
        return false;
    out->label = string(o, "label", path, false);
    out->marker = string(o, "marker", path, false);
    out->keyColumn = string(o, "keyColumn", path, false);
    out->fromSnapshots = string(o, "fromSnapshots", path, false);
    out->blankLineBetweenRows = o.value("blankLineBetweenRows"_L1).toBool();
    const QJsonArray columns = o.value("columns"_L1).toArray();
    if (columns.isEmpty())
        return fail(path, u"a row set needs \"columns\""_s);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        FieldDef column;
        if (!readField(columns[i], path + u".columns["_s + QString::number(i) + u']', &column))
            return false;
        out->columns.append(column); // column ids are local to their row set
        for (const QJsonValue alias : columns[i].toObject().value("aliases"_L1).toArray())
            out->headerAliases[column.id].append(alias.toString());
    }
    QString patternError;
    const QString patternText = string(o, "pattern", path, false);
    if (!TextPattern::parse(patternText, &out->pattern, &patternError))
        return fail(path, patternError);
    for (const QString &slot : out->pattern.slotNames()) {
        if (slot != u"n"_s && !out->column(slot))
            return fail(path, u"pattern names \"%1\", which is not a column"_s.arg(slot));
    }
    if (!out->keyColumn.isEmpty() && !out->column(out->keyColumn))
        return fail(path, u"keyColumn \"%1\" is not a column"_s.arg(out->keyColumn));
    const auto readRow = [&](const QJsonValue &value, Row *row) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!out->column(it.key()))
                return fail(path, u"default row names \"%1\", which is not a column"_s.arg(it.key()));
            row->insert(it.key(), it.value().toString());
        }
        return true;
    };
    for (const QJsonValue d : o.value("defaultRows"_L1).toArray()) {
        RowSetDef::DefaultRow row;
        if (!readRow(d.toObject().value("values"_L1), &row.values)
            || !readRow(d.toObject().value("placeholders"_L1), &row.placeholders))
            return false;
        row.resolves = d.toObject().value("resolves"_L1).toBool();
        row.milestone = d.toObject().value("milestone"_L1).toString();
        out->defaultRows.append(row);
    }
    // "defaultRowCount": N is shorthand for N rows that use the columns' own placeholders.
    for (int i = 0; i < o.value("defaultRowCount"_L1).toInt(); ++i)
        out->defaultRows.append(RowSetDef::DefaultRow());
    return m_error.isEmpty();
}

bool TemplateLoader::readChecklistItem(const QJsonValue &v, const QString &path, ChecklistItemDef *out)
{
    const QJsonObject o = v.toObject();
    out->id = string(o, "id", path, true);
    if (!claimId(out->id, path) || !readFields(o.value("details"_L1), path + u".details"_s, &out->details))
        return false;
    out->fromSnapshots = string(o, "fromSnapshots", path, false);
    QString patternError;
    if (!TextPattern::parse(string(o, "text", path, true), &out->text, &patternError))
        return fail(path, patternError);
    const QStringList used = out->text.slotNames();
    for (const QString &slot : used) {
        if (!out->detail(slot))
            return fail(path, u"text names \"%1\", which is not one of its details"_s.arg(slot));
    }
    for (const FieldDef &slot : out->details) {
        if (!used.contains(slot.id))
            return fail(path, u"detail \"%1\" does not appear in the text"_s.arg(slot.id));
    }
    return m_error.isEmpty();
}

bool TemplateLoader::readOptionalField(const QJsonObject &o, const char *key, const QString &path,
                                       std::optional<FieldDef> *out)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined())
        return true;
    FieldDef field;
    const QString fieldPath = path + u'.' + QLatin1StringView(key);
    if (!readField(v, fieldPath, &field) || !claimId(field.id, fieldPath))
        return false;
    *out = field;
    return true;
}

bool TemplateLoader::readBlock(const QJsonValue &v, const QString &path, BlockDef *out)
{
    static const QHash<QString, BlockDef::Kind> kinds = {
        {u"fields"_s, BlockDef::Kind::Fields},       {u"fieldList"_s, BlockDef::Kind::FieldList},
        {u"checklist"_s, BlockDef::Kind::Checklist}, {u"table"_s, BlockDef::Kind::Table},
        {u"list"_s, BlockDef::Kind::List},           {u"fence"_s, BlockDef::Kind::Fence},
        {u"chain"_s, BlockDef::Kind::Chain},         {u"code"_s, BlockDef::Kind::Code},
        {u"chart"_s, BlockDef::Kind::Chart},
    };
    const QJsonObject o = v.toObject();
    const QString kind = string(o, "kind", path, true);
    if (!kinds.contains(kind))
        return fail(path, u"unknown block kind \"%1\""_s.arg(kind));
    out->kind = kinds.value(kind);
    out->label = string(o, "label", path, false);
    out->labelSuffix = string(o, "labelSuffix", path, false);
    switch (out->kind) {
    case BlockDef::Kind::Fields:
    case BlockDef::Kind::FieldList:
        return readFields(o.value("fields"_L1), path + u".fields"_s, &out->fields);
    case BlockDef::Kind::Checklist: {
        const QJsonArray items = o.value("items"_L1).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            ChecklistItemDef item;
            if (!readChecklistItem(items[i], path + u".items["_s + QString::number(i) + u']', &item))
                return false;
            out->items.append(item);
        }
        return true;
    }
    case BlockDef::Kind::Table:
    case BlockDef::Kind::List:
    case BlockDef::Kind::Chain: {
        RowSetDef rows;
        if (!readRowSet(o.value("rows"_L1), path + u".rows"_s, &rows))
            return false;
        if (out->kind == BlockDef::Kind::List && rows.pattern.isEmpty())
            return fail(path, u"a list needs a row \"pattern\""_s);
        out->rows = rows;
        return true;
    }
    case BlockDef::Kind::Fence: {
        out->language = string(o, "language", path, false);
        const QJsonArray groups = o.value("groups"_L1).toArray();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString groupPath = path + u".groups["_s + QString::number(i) + u']';
            const QJsonObject g = groups[i].toObject();
            FenceGroupDef group;
            group.title = string(g, "title", groupPath, false);
            group.linePrefix = string(g, "linePrefix", groupPath, false);
            if (g.contains("rows"_L1)) {
                RowSetDef rows;
                if (!readRowSet(g.value("rows"_L1), groupPath + u".rows"_s, &rows))
                    return false;
                if (rows.pattern.isEmpty())
                    return fail(groupPath, u"fenced rows need a \"pattern\""_s);
                group.rows = rows;
            } else if (!readFields(g.value("fields"_L1), groupPath + u".fields"_s, &group.fields)) {
                return false;
            }
            out->groups.append(group);
        }
        return true;
    }
    case BlockDef::Kind::Chart:
        if (out->label.isEmpty())
            return fail(path, u"a chart needs a \"label\" (the image's alternative text)"_s);
        return true;
    case BlockDef::Kind::Code:
        if (!readOptionalField(o, "language", path, &out->codeLanguage)
            || !readOptionalField(o, "file", path, &out->codeFile)
            || !readOptionalField(o, "line", path, &out->codeLine)
            || !readOptionalField(o, "explanation", path, &out->codeExplanation)
            || !readOptionalField(o, "code", path, &out->code))
            return false;
        if (!out->code)
            return fail(path, u"a code block needs \"code\""_s);
        if (out->codeFile.has_value() != out->codeLine.has_value())
            return fail(path, u"a code block's \"file\" and \"line\" come together"_s);
        return true;
    }
    return false;
}

std::shared_ptr<ReportTemplate> TemplateLoader::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    std::shared_ptr<ReportTemplate> t(new ReportTemplate);
    if (parseError.error != QJsonParseError::NoError) {
        fail(QString(), u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    } else {
        const QJsonObject root = doc.object();
        t->m_id = string(root, "id", QString(), true);
        t->m_title = string(root, "title", QString(), true);
        t->m_version = root.value("version"_L1).toInt();
        for (const QJsonValue l : root.value("languages"_L1).toArray())
            t->m_languages.append({l["id"_L1].toString(), l["comment"_L1].toString()});
        const QJsonArray sections = root.value("sections"_L1).toArray();
        if (m_error.isEmpty() && sections.isEmpty())
            fail(QString(), u"no \"sections\""_s);
        for (qsizetype s = 0; s < sections.size() && m_error.isEmpty(); ++s) {
            const QString sectionPath = u"sections["_s + QString::number(s) + u']';
            const QJsonObject so = sections[s].toObject();
            SectionDef section;
            section.id = string(so, "id", sectionPath, true);
            section.title = string(so, "title", sectionPath, true);
            section.heading = so.contains("heading"_L1) ? string(so, "heading", sectionPath, true) : section.title;
            section.headingLevel = so.value("headingLevel"_L1).toInt(2);
            if (!claimId(section.id, sectionPath))
                break;
            const QJsonArray subsections = so.value("subsections"_L1).toArray();
            for (qsizetype u = 0; u < subsections.size() && m_error.isEmpty(); ++u) {
                const QString subPath = sectionPath + u".subsections["_s + QString::number(u) + u']';
                const QJsonObject uo = subsections[u].toObject();
                SubsectionDef sub;
                sub.title = string(uo, "title", subPath, false);
                const QJsonArray blocks = uo.value("blocks"_L1).toArray();
                for (qsizetype b = 0; b < blocks.size(); ++b) {
                    BlockDef block;
                    if (!readBlock(blocks[b], subPath + u".blocks["_s + QString::number(b) + u']', &block))
                        break;
                    sub.blocks.append(block);
                }
                section.subsections.append(sub);
            }
            t->m_sections.append(section);
        }
    }
    if (!m_error.isEmpty()) {
        *error = m_error;
        return {};
    }
    index(*t);
    return t;
}

// Fills the per-section lists and the by-id lookups. Runs once the section list is final, since
// both hold pointers into it.
void TemplateLoader::index(ReportTemplate &t)
{
    for (SectionDef &section : t.m_sections) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &f, const ChecklistItemDef *) {
            section.fields.append(&f);
            t.m_fields.insert(f.id, &f);
            t.m_sectionOf.insert(f.id, section.id);
        };
        visitor.checklist = [&](const QList<ChecklistItemDef> &items) {
            for (const ChecklistItemDef &item : items) {
                section.checklistItems.append(&item);
                t.m_items.insert(item.id, &item);
                t.m_sectionOf.insert(item.id, section.id);
            }
        };
        visitor.rowSet = [&](const RowSetDef &r) {
            section.rowSets.append(&r);
            t.m_rowSets.insert(r.id, &r);
            t.m_sectionOf.insert(r.id, section.id);
        };
        walkSection(section, visitor);
    }
}

void walkSection(const SectionDef &section, const SectionVisitor &visitor)
{
    const auto field = [&](const FieldDef &f, const ChecklistItemDef *item = nullptr) {
        if (visitor.field)
            visitor.field(f, item);
    };
    const auto rowSet = [&](const RowSetDef &r) {
        if (visitor.rowSet)
            visitor.rowSet(r);
    };
    for (const SubsectionDef &sub : section.subsections) {
        for (const BlockDef &block : sub.blocks) {
            switch (block.kind) {
            case BlockDef::Kind::Fields:
            case BlockDef::Kind::FieldList:
                for (const FieldDef &f : block.fields)
                    field(f);
                break;
            case BlockDef::Kind::Checklist:
                if (visitor.checklist)
                    visitor.checklist(block.items);
                for (const ChecklistItemDef &item : block.items) {
                    for (const FieldDef &detail : item.details)
                        field(detail, &item);
                }
                break;
            case BlockDef::Kind::Table:
            case BlockDef::Kind::List:
            case BlockDef::Kind::Chain:
                rowSet(*block.rows);
                break;
            case BlockDef::Kind::Fence:
                for (const FenceGroupDef &group : block.groups) {
                    for (const FieldDef &f : group.fields)
                        field(f);
                    if (group.rows)
                        rowSet(*group.rows);
                }
                break;
            case BlockDef::Kind::Code:
                for (const auto *part : {&block.codeLanguage, &block.codeFile, &block.codeLine,
                                         &block.codeExplanation, &block.code}) {
                    if (part->has_value())
                        field(**part);
                }
                break;
            case BlockDef::Kind::Chart:
                break; // drawn from the report's series, nothing to fill in
            }
        }
    }
}

std::shared_ptr<const ReportTemplate> ReportTemplate::fromJson(const QByteArray &json, QString *error)
{
    return TemplateLoader().load(json, error);
}

std::shared_ptr<const ReportTemplate> ReportTemplate::builtin()
{
    static const std::shared_ptr<const ReportTemplate> instance = [] {
        QFile file(u":/templates/memory-leak-investigation.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in report template is missing from the resources");
        QString error;
        auto loaded = fromJson(file.readAll(), &error);
        if (!loaded)
            qFatal("The built-in report template is invalid: %s", qPrintable(error));
        return loaded;
    }();
    return instance;
}

QString ReportTemplate::commentPrefix(const QString &languageId) const
{
    for (const CodeLanguage &l : m_languages) {
        if (l.id.compare(languageId, Qt::CaseInsensitive) == 0)
            return l.commentPrefix;
    }
    return u"//"_s;
}

const SectionDef *ReportTemplate::section(const QString &sectionId) const
{
    for (const SectionDef &s : m_sections) {
        if (s.id == sectionId)
            return &s;
    }
    return nullptr;
}

const FieldDef *ReportTemplate::field(const QString &fieldId) const { return m_fields.value(fieldId); }
const ChecklistItemDef *ReportTemplate::checklistItem(const QString &itemId) const { return m_items.value(itemId); }
const RowSetDef *ReportTemplate::rowSet(const QString &rowSetId) const { return m_rowSets.value(rowSetId); }
QString ReportTemplate::sectionOf(const QString &id) const { return m_sectionOf.value(id); }

const ChecklistItemDef *ReportTemplate::checklistItemOfDetail(const QString &fieldId) const
{
    const SectionDef *owner = section(sectionOf(fieldId));
    if (!owner)
        return nullptr;
    for (const ChecklistItemDef *item : owner->checklistItems) {
        if (item->detail(fieldId))
            return item;
    }
    return nullptr;
}

} // namespace lr
