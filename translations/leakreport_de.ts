<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>LeakReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new report from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as one self-contained HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as a PDF for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LeakReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change, and go back to any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Markdown text instead of the rendered report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory samples behind the before/after chart, their statistics and the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeakReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::AtomicWrite</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed, the file was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data could not be written completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::AxisScale</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions executed since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thousand instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions executed since the series started (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions executed since the series started (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 billion instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions executed since the series started (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trillion instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions executed since the series started (trillions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes allocated since the series started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes allocated since the series started (kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes allocated since the series started (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes allocated since the series started (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes allocated since the series started (TB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ByteUnits</name>
    <message>
        <source>units of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes: more than any memory holds (2^60 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: each value with its own unit (kB read as KiB, 1024 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; values with a unit of their own keep it</source>
        <extracomment>%1 is what the column&apos;s plain numbers are, e.g. &quot;column &quot;rss&quot;: no unit in the header: bytes assumed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2, from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2, the unit of the tool that names a column so (ps, smem, /proc, cgroup)</source>
        <extracomment>%2 is a unit, e.g. &quot;KiB (1024 bytes)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: no unit in the header: bytes assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ChoiceFieldEditor</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the template&apos;s options; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::CommandLine</name>
    <message>
        <source>Write a new, empty report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report to another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Markdown report into a .leakreport file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a report&apos;s problems: missing, invalid and unfilled fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memory samples (CSV, Prometheus, trace-gc, massif) to a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the growth rate, baseline, peak and improvement of a report&apos;s samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; &apos;leakreport &lt;command&gt; --help&apos; for a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and every command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the output could not be written (check: problems found),
2 usage or input error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new report: every field empty, ready to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file to create (.leakreport).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new takes exactly one file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report. Markdown mirrors the report template; HTML (one self-contained
file) and PDF are laid out for review. Works without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to export: a .leakreport file or a Markdown report (.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: from the output file&apos;s suffix, else md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default a4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (known: a4, letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is missing, invalid or still unfilled in a report, one line each.
Exit code 0 when there is nothing to report, 1 when there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to check: a .leakreport file or a Markdown report (.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out fields that are only unfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes exactly one input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (%1 errors, %2 unfilled)</source>
        <extracomment>Scripts read this line: keep the numbers in this order</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read a report written in Markdown from the template into a .leakreport file.
What fits no field is kept as notes; the import report on standard error says where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (default: IN with the .leakreport suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would replace the input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memory samples to a report, from a CSV or TSV file (Grafana&apos;s CSV export too), a Prometheus
query_range JSON response, a Node.js --trace-gc log or a valgrind massif file. A series
with the role before or after replaces the report&apos;s series of that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (only &quot;add&quot; for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the samples show: before, after or other (default other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, csv, prometheus, trace-gc or massif (default auto: from the content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every series FILE holds (role other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: series add REPORT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: before, after, other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: auto, csv, prometheus, trace-gc, massif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: samples are kept in .leakreport files; import a Markdown report first (leakreport import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n series; choose one with --series NAME (or add them all with --all):
%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>added &quot;%1&quot; (%2, %n sample(s))</source>
        <extracomment>%1 is the series&apos; name, %2 its role as the command line names it (before, after, other)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print the statistics of a report&apos;s memory series: growth (least squares, with R²),
baseline (median of the first hour), value after 6 hours, peak, and the improvement
from the before series to the after series. MB are 10^6 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON, for machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes exactly one report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no memory series (add one with: leakreport series add REPORT --role before FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a report&apos;s metric fields from its samples (Fill From Data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output %1 is the input; choose another output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the report&apos;s metric fields from its memory series, as the editor&apos;s Fill Report From Data does:
baselines, values after 6 hours, growth rates and the memory reduction, from the series with the
roles before and after. Empty fields are filled; a value typed differently is kept unless --force.
Prints each field it changed or kept; the file is rewritten only when something changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file to fill (it holds the series).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the values from the report&apos;s memory series (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace values typed in the report that differ from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill takes exactly one report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: memory series are kept in .leakreport files; import a Markdown report first (leakreport import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no series with the role before or after to fill from (add one with: leakreport series add REPORT --role before FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: “%2” (the data says %3)</source>
        <extracomment>A field `fill` left as typed: %1 the field, %2 its value, %3 the data&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1: “%2” → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed value(s) kept (--force replaces them)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When FILE holds several series (CSV columns, Prometheus label sets): the one to add, by name or by labels in any order and spelling (job=api, pod=a). Without it such a file is refused with the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of CSV numbers that have none of their own, whatever the header says: bytes, KiB (= kB), MB, MiB, GB, GiB, or a number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (known: %2, or a number of bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the samples file %1 is the report itself; the output would replace the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to read it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leakreport [FILE] [--force]
       leakreport &lt;command&gt; [options]

Without a command, opens the editor, on FILE when given (.leakreport or .md;
--force opens a Markdown file that shows little of the template without asking).

Commands:
</source>
        <extracomment>Command and option names stay as they are; keep the second line under the first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Markdown IN even if it shows little of the report template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT if it exists, and read IN even if it shows little of the report template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::CsvSeriesReader</name>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field %1 never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sep=&quot; names a delimiter other than comma, tab or semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields in the header, %2 in this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a header, no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has one column; a time column and at least one value column are needed, separated by commas, tabs or semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time (ISO 8601 such as 2024-03-01T10:00:00Z, or epoch seconds or milliseconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: negative value %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 is not a byte count (a number, optionally with a unit such as MB or GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has two different values for %2 (lines %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples: every value cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row: line %1 holds a time and numbers, so it is read as data; the time is column 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::DateFieldEditor</name>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ExportController</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Page Size: &amp;A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Page Size: US &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open After Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open each exported file in the application the system uses for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the report itself; choose another file for the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::JsonShape</name>
    <message>
        <source>null</source>
        <extracomment>A JSON value&apos;s type, in &quot;expected a string, found a number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::LocalImages</name>
    <message>
        <source>image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file (looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MainWindow</name>
    <message>
        <source>LeakReport files (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.%1 *.md *.markdown);;LeakReport files (*.%1);;Markdown reports (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — LeakReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Opened With Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was opened, but %n part(s) of it could not be placed in the template and will not be saved again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: every part of it is in the form. Save keeps it as a .%2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was imported. Text that fits no field of the template was kept as notes in its section, where you can edit it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened report&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeakReport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeakReport %1&lt;/h3&gt;&lt;p&gt;An editor for memory-leak investigation reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the %4 licence.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1, %2)</source>
        <extracomment>The Problems panel&apos;s title with its counts: &quot;Problems (2 errors, 5 not filled in)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not filled in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) left (errors: %1); see Problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::MarkdownReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a report (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a memory-leak investigation report: none of the template&apos;s sections or fields were found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown heading(s) with text</source>
        <extracomment>A heading the template does not have, kept together with the text under it</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept as notes in %2</source>
        <extracomment>%1 lists what was kept (&quot;2 paragraphs, 1 line&quot;), %2 is the section&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of what was kept</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MassifSeriesReader</name>
    <message>
        <source>heap tree line outside a detailed snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a massif line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time_unit: line (not a massif file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the snapshots (two massif files joined?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second cmd: line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second time_unit: line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot number %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outside a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 has a second %2 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is not a whole non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 goes back in time: time=%2 after time=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap_tree= outside a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 has a second heap_tree= line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown heap_tree %1 (massif writes empty, detailed or peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside snapshot %1, before its %2 line (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 has no %2 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a massif file: expected desc:, cmd:, time_unit: or snapshot=, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time_unit %1 (massif writes i, ms or B, heaptrack_print s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot after the closing desc:, cmd: and time_unit: lines (two files joined?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time=%1 is not a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 s is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1: time=%2 is not whole, but time_unit: %3 counts whole units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MemoryChart</name>
    <message>
        <source>Before fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy (%1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>Units: megabytes (10^6 bytes) and gigabytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trend %2 MB/hour)</source>
        <extracomment>A legend entry: the series&apos; role, then the slope of its trend line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom into a range, wheel to zoom, right-click or Escape to see everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory over %1</source>
        <extracomment>%1 is what the x axis counts: &quot;instructions&quot; or &quot;bytes allocated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn, on another x axis: %1</source>
        <extracomment>Under the chart&apos;s title: series whose x axis counts something else (time, instructions, bytes allocated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A series left out of the chart: its role, then what its x axis counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 %4</source>
        <extracomment>A point&apos;s tooltip: the series&apos; name, then &quot;4.5 min: 230 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MemoryDataPanel</name>
    <message>
        <source>Before fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Report From Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory limit to draw across the chart (MB = 10^6 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the fix was deployed, in hours on the chart&apos;s time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or TSV (Grafana&apos;s CSV export too), Prometheus query_range JSON, a Node.js --trace-gc log or a valgrind massif file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples copied from a spreadsheet or Grafana: a header row, then time and value columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;ploy at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the memory samples from before and after the fix to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB = 10^6 bytes; growth is the least-squares slope over all samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Series “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 series (role Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds several series. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does “%1” show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Memory Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory samples (*.csv *.tsv *.json *.log *.txt massif.out.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Series Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Report From Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a series the role 쯯ore fix” (and one Ჯter fix”) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Typed Values?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them too, or fill only the empty fields?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Empty Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill From Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>Hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n field(s), the value typed differs from the data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>As read above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the numbers were read:
%1

Unit of the numbers that have none of their own:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::NonReportQuestion</name>
    <message>
        <source>Open as a Report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened anyway, every part of it that fits no field of the template is kept as notes in the section before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PdfExporter</name>
    <message>
        <source>PDF metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PdfInfo</name>
    <message>
        <source>the PDF has no classic trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF trailer lacks /Size, /Root or startxref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PrometheusSeriesReader</name>
    <message>
        <source>not a Prometheus API response: the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answered with an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; is neither &quot;success&quot; nor &quot;error&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data&quot; object in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Prometheus API response: no &quot;status&quot; and no &quot;resultType&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;resultType&quot; in &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instant query result (vector): export a range query (query_range) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 result, not a time series: export a range query (query_range) of a memory metric instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;; a range query gives &quot;matrix&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;result&quot; array in &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix has no series: the query matched nothing in its time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix has no samples (every value is NaN or infinite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an object with &quot;metric&quot; and &quot;values&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;metric&quot; is not an object of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: native histograms, not sample values; query a gauge of bytes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;values&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two different values for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: not a [time, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: the time is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: the value is not a string (Prometheus quotes sample values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: the time %3 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: negative value %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: &quot;%3&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the label &quot;%2&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RecoveryDialog</name>
    <message>
        <source>Untitled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeakReport did not close normally last time. These reports had changes that were not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery copy cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saved automatically at %2. Restoring opens it as unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saved automatically at %2. Restoring opens it as unsaved changes to that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LeakReport recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer LeakReport (recovery format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery file holds no report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ReportDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory-leak-report.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Recovered Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ReportEditor</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Notes of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1, Row %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 Row</source>
        <extracomment>%1 is the list&apos;s name (&quot;Timeline&quot;); the second text is only used for two rows or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n %1 Rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ReportExporter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ReportFile</name>
    <message>
        <source>sections.%1: unknown section, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown checklist item, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown list, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text: byte 0x%1 at line %2, column %3 (offset %4) is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LeakReport file (the JSON is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a LeakReport file (no &quot;formatVersion&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer LeakReport (format version %1; this version reads up to %2). Update LeakReport to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for the template &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text; LeakReport reads UTF-8 (save it again as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; LeakReport opens reports up to %3 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report would be %2 MiB, more than the %3 MiB LeakReport opens; nothing was written (remove a memory series or import fewer samples)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ReportValidator</name>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date and time (use YYYY-MM-DD HH:MM, optionally with a zone such as UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time (use HH:MM or YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number (digits only, no separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address (http:// or https://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a language LeakReport knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <extracomment>The section, then the problem: &quot;Impact Assessment › Severity is required&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no unit before the remark (write %2)</source>
        <extracomment>%2 is how the value should read: &quot;402 MB (growth)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2; the report gives this in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not ticked, but its %2 is filled in</source>
        <extracomment>%1 is the checklist item as the template prints it: &quot;OOM crashes (frequency: ___)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RowSetEditor</name>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row after the current one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RowSetModel</name>
    <message>
        <source>Add %1 Row</source>
        <extracomment>%1 is the list&apos;s name (&quot;Timeline&quot;); the second text is only used for two rows or more</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n %1 Rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::SampleCodec</name>
    <message>
        <source>%1.encoding: expected &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.count: expected a number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.count: expected a whole number from 0, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected either &quot;bytes&quot; or &quot;bytesFloat64&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown key in the samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: ends in the middle of a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: holds a number longer than 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: holds %3 samples, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.bytesFloat64: holds %2 bytes, not 8 for each of %3 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bytes must be a finite number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: earlier than the sample before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SectionNavigator</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SectionPage</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything this section has no field for. Markdown; printed at the end of the section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything this section has no field for (Markdown, printed at the end of the section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More lines of this block (printed inside it, after the lines above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More lines:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SeriesImporter</name>
    <message>
        <source>%1: UTF-16 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a format LeakReport reads (CSV or TSV with a header, Prometheus query_range JSON, a Node.js --trace-gc log or a massif file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 file states its own unit; a unit can be chosen for CSV columns only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values in bytes, the base unit of Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap and stack sizes in bytes, as massif counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SeriesJson</name>
    <message>
        <source>series: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role: expected &quot;before&quot;, &quot;after&quot; or &quot;other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timeUnit: expected &quot;ms&quot;, &quot;i&quot; or &quot;B&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected &quot;time bytes&quot; (whole milliseconds, bytes &gt;= 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: earlier than the sample before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list or an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::SeriesPick</name>
    <message>
        <source>no series matches &quot;%1&quot;; %2 holds:
%3</source>
        <extracomment>%1 is what --series says, %2 the file, %3 the list of its series, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series match &quot;%1&quot;; name one of them (or add them all with --all); %2 holds:
%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::SeriesSummary</name>
    <message>
        <source>growth %1 MB/hour (R² %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth %1 MB/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 6 h %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth %1 MB/hour less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% less after 6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1% lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no growth per hour: the samples are timed in %1, not in time (profile with valgrind --tool=massif --time-unit=ms for a rate)</source>
        <extracomment>%1 is what massif counted instead of time: &quot;instructions&quot; or &quot;bytes allocated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 MB (median of the first %2, a sixth of the run)</source>
        <extracomment>The baseline of a run shorter than 6 hours: %2 is its first sixth, e.g. &quot;10 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1 MB (at the first sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) over %1</source>
        <extracomment>%1 is the run&apos;s length: &quot;4.5 min&quot;, &quot;7 h&quot;, &quot;328 thousand instructions&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The before series is measured in %1 and the after series in %2: the chart shows only the before series (one x axis per chart), and only their peaks compare.</source>
        <extracomment>%1 and %2 are what each series&apos; x axis counts: &quot;time&quot;, &quot;instructions&quot; or &quot;bytes allocated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::TemplateCoverage</name>
    <message>
        <source>%1 of %2 sections of the template found</source>
        <extracomment>%1 and %2 count the report template&apos;s sections (headings), e.g. &quot;1 of 11&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a memory-leak investigation report: %2 (a report has at least %3).</source>
        <extracomment>%1 is a file name, %2 says how many sections were found, %3 how many a report needs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::TimelineAnalysis</name>
    <message>
        <source>“%1” (%2) is before “%3” (%4)</source>
        <extracomment>Two timeline events and their times: &quot;“Fix deployed” (10:00) is before “Detection” (11:00)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Durations: d days, h hours, min minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::TimelineSummary</name>
    <message>
        <source>&amp;Sort by Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the rows by their time; rows without a time go last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect: %1    Time to resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are not in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort %1 by Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect: from the earliest event to Detection. Time to resolve: from Detection to Validation complete, or to Fix deployed while validation has no time; not known before the fix is deployed. A time without a date is on the day of the nearest dated row above it, else on the report date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are not in time order. Sorting them would put a time without a date below a row of another day: type its date first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::TraceGcSeriesReader</name>
    <message>
        <source>cannot read the time before &quot;ms:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the heap sizes (expected &quot;used (committed) -&gt; used (committed) MB&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time goes backwards: %1 ms after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a --trace-gc-nvp line without total_size_after=&lt;bytes&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap size after the GC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap used after each GC in V8&apos;s MB, which are MiB (1048576 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap used after each GC from total_size_after, in bytes (--trace-gc-nvp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
