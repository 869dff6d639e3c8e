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
    <message>
        <source>P&amp;revious Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::AlertRules</name>
    <message>
        <source>the report has no before series timed in time (import the samples from before the fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before series shows no growth to alert on: %1 ± %2 MB/hour (95 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before series did not come from Prometheus (%1), so the rules watch %2; give the metric that measures this service with --metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after series may still grow up to %1 MB/hour, as fast as the leak&apos;s lower bound: the growth rule may fire on the fixed version too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no after series: the growth threshold is half the leak&apos;s lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no memory limit given (--memory-limit MB): only the growth rule is written</source>
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
    <name>lr::ClaimChecker</name>
    <message>
        <source>the after series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the before series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB/hour (95 % interval %2 to %3)</source>
        <extracomment>A measured growth rate with its 95 % confidence interval</extracomment>
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
        <source>The action (only &quot;add&quot; for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file to add to.</source>
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
    <message>
        <source>Write Prometheus alerting rules that would have caught the leak: growth (deriv) above a threshold
between the fixed version&apos;s rate and the leak&apos;s, a projection (predict_linear) reaching the memory
limit, and memory near the limit. Thresholds come from the report&apos;s before and after series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report (.leakreport) with a before series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rules to FILE (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s memory limit in MB (10^6 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PromQL selector to watch (default: the before series&apos; Prometheus metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also put the thresholds into the report&apos;s Monitoring Added and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --fill, replace thresholds typed with other values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts takes exactly one report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-limit wants a number of MB, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1 as typed (the rules use %2; --force replaces it)</source>
        <extracomment>%1 the field, %2 the value the rules use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (%1 errors, %2 warnings, %3 unfilled)</source>
        <extracomment>Scripts read this line: keep the numbers in this order</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List a report&apos;s problems: missing, invalid and unfilled fields, claims the data contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Prometheus alerting rules from a report&apos;s samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a process&apos;s memory (RSS, PSS, cgroup) into a report as it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add out-of-memory events (kernel, kubectl, Node) to a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the GC Logs excerpt of a --trace-gc log, or write it into a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare V8 heap snapshots, or record them in a report (snapshots compare|add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what is missing, invalid or still unfilled in a report, one line each.
Claims typed in the text are checked against the report&apos;s memory series and timeline.
Exit code 0 when there is nothing to report, 1 when there is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the problems as JSON: field id, severity, message, typed and measured values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add out-of-memory events to a report, from a kernel log (dmesg -T, dmesg --time-format iso,
journalctl -k, /var/log/kern.log), kubectl describe pod, kubectl get events -o json, or a Node
log with &quot;JavaScript heap out of memory&quot;. Events the report holds already are skipped.
They count the OOM incidents (see leakreport fill and leakreport check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of journalctl&apos;s short times (&quot;Nov 18 09:41:07&quot;), which print none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add a row to the Incident Timeline for each new event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: events add REPORT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log %1 is the report itself; the output would replace the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms after the process started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n OOM event(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OOM incidents: %1 in all, %2 in the %3 days before Deployment Time, %4 in the %5 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM incidents: %1 in all (no Deployment Time for the rates before and after the fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no series with the role before or after and no OOM events to fill from (add them with: leakreport series add REPORT --role before FILE, leakreport events add REPORT FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the excerpt of a Node --trace-gc log for the Appendix&apos;s GC Logs block: the last Mark-Compacts
before an out-of-memory crash and the longest pauses with the lines around them, at most %1 lines.
With --into, write it into a report&apos;s GC Logs block instead (a different text there is kept
unless --force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (only &quot;excerpt&quot; for now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --trace-gc log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file whose GC Logs block gets the excerpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a GC Logs block typed differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: gclog excerpt LOG [--into REPORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept the GC Logs block as typed (--force replaces it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote the excerpt into %1&apos;s GC Logs block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query this Prometheus-compatible server (its base URL) instead of reading FILE. Credentials come from LEAKREPORT_PROMETHEUS_TOKEN (bearer) or LEAKREPORT_PROMETHEUS_USER and LEAKREPORT_PROMETHEUS_PASSWORD, and are never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PromQL range query, with --prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range: the last DURATION up to now (24h, 90m, 7d; default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range&apos;s start, ISO 8601 or Unix seconds (with --end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range&apos;s end, ISO 8601 or Unix seconds (with --start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query resolution (15s, 1m); default: the finest within 11,000 points per series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the server (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus needs --query PROMQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --since or --start and --end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start and --end go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time (ISO 8601 or Unix seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a duration (24h, 90m, 7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: &quot;%1&quot; is not a duration (15s, 1m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4, step %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the memory of a process into a report: one it starts (after --) or a running one (--pid).
Samples RSS, PSS and anonymous memory from /proc/PID/smaps_rollup (else /proc/PID/status) and the
cgroup&apos;s memory.current in a cgroup v2 container; the chosen metric becomes the series of the role,
the others are kept as series of role other. The report is written after every sample (atomically:
a crash loses at most one interval) and created when it does not exist. Stops on Ctrl+C, when the
duration is up (ending a command it started) or when the process exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file to record into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program to start and record, after --, with its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the recording shows: before or after (the fix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the running process PID instead of starting one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between samples: 100ms, 1s, 1m ... (default 1s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this long: 30s, 10m, 2h ... (default: until Ctrl+C or exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure that becomes the series: rss, pss, anon or cgroup (default rss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record needs a report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: record REPORT --role before|after (--pid PID | -- COMMAND [ARGS...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record needs --role before or --role after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (known: rss, pss, anon, cgroup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval &quot;%1&quot; is not a time of 10ms or more (100ms, 1s, 1m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration &quot;%1&quot; is not a time (30s, 10m, 2h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pid &quot;%1&quot; is not a process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording process %1 (%2) every %3 into %4; Ctrl+C stops</source>
        <extracomment>%1 is a process id, %2 the program&apos;s name, %3 the interval as typed, %4 the report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add memory samples to a report, from a CSV or TSV file (Grafana&apos;s CSV export too), a Prometheus
query_range JSON response, a Node.js --trace-gc log or a valgrind massif file, or straight from a
Prometheus server (--prometheus). A series with the role before or after replaces the report&apos;s
series of that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples (not with --prometheus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: series add REPORT --prometheus URL --query PROMQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory limit in MB, for the time until it is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record two or three V8 heap snapshots in a report: each snapshot&apos;s file name, sizes, object count,
capture time and SHA-256, and the comparison&apos;s top classes with their retainer paths (never the
snapshots themselves: the report opens without them). With three snapshots the classes are the
three-snapshot technique&apos;s leak candidates. --fill also writes Investigation Steps from them, as the
editor&apos;s Fill Report From Snapshots does; text typed differently is kept unless --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .leakreport file to record the snapshots in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three .heapsnapshot files of one process, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fill Investigation Steps and the Appendix from the snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --fill: replace text typed in the report that differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots add takes a report and two or three snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force only applies with --fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1: %2 MB heap, %3 objects, SHA-256 %4</source>
        <extracomment>%1 file name, %2 MB of heap, %3 objects, %4 SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of objects kept in the report</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept %1: “%2” (the snapshots say %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) filled from the snapshots</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>snapshots takes an action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leakreport snapshots &lt;action&gt; ...
Actions: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown snapshots action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare V8 heap snapshots (.heapsnapshot, from Node or Chrome DevTools) of one process.
Two snapshots: DevTools&apos; Comparison, objects new and deleted between them, grouped by class.
Three: the three-snapshot technique, objects allocated between S1 and S2 and still alive in
S3 (the leak candidates; &quot;deleted&quot; counts those S3 no longer holds).
Retained sizes and retainer paths are those of the last snapshot. MB are 10^6 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first (baseline) snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the third snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the N classes that grew most (default 20; 0 shows all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshots compare takes two or three snapshot files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top takes a whole number &gt;= 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-snapshot technique: objects allocated between S1 and S2 that S3 still holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: objects new and deleted between S1 and S2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S%1 %2: %3 MB file, %4 MB heap, %5 nodes, captured %6 (from the %7), SHA-256 %8</source>
        <extracomment>S%1 is the snapshot&apos;s number; then its file, sizes in MB (10^6 bytes), nodes, time and where it came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6 %7 %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alloc MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size delta MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more classes; --top 0 shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a command&apos;s options: &apos;leakreport help export&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 are kept in .leakreport files; import a Markdown report first (leakreport import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ContentChanges</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap snapshots</source>
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
    <name>lr::EvidenceImport</name>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report holds every OOM event of %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n OOM event(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add them to the Incident Timeline too (%n row(s))?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OOM Events and Timeline Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OOM Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the GC Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC Log Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text of the Appendix&apos;s GC Logs block with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it into the Appendix&apos;s GC Logs block?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert GC Log Excerpt</source>
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
    <name>lr::FillConfirmation</name>
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
        <source>%1 changed nothing: the report already says what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::FlatAfterClaimCheck</name>
    <message>
        <source>%1: %2 is typed, but the after series grows %3, which is not flat</source>
        <extracomment>%1 field, %2 the typed &quot;0 MB/hour&quot;, %3 the measured rate with its interval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its interval still holds %1 MB/hour, more than %2 % of the leak before the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is typed and the after series measures %3, but %4</source>
        <extracomment>%1 field, %2 the typed &quot;0 MB/hour&quot;, %3 the measured rate, %4 why it is not enough</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::GcLogExcerpt</name>
    <message>
        <source>no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the last %n Mark-Compact(s) before the out-of-memory crash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n longest pause(s) (at least %1 times the median of %2 ms) with the line before and after</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 lines: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::GcStatistics</name>
    <message numerus="yes">
        <source>GC pauses p50 %1 ms, p95 %2 ms, max %3 ms over %n GC(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 GCs/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1% of the time in GC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (V8 mutator utilisation %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time in GC %1% to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 GCs/min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::GrowthAnalysis</name>
    <message>
        <source>only %1 samples: too few to support a growth rate (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers only %1: too short to support a rate per hour (at least 1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too noisy: growth %1 ± %2 MB/hour (95 %), the interval is wider than half the rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::GrowthClaimCheck</name>
    <message>
        <source>%1: %2 is typed, but %3 grows %4; they differ by more than %5 %</source>
        <extracomment>%1 field, %2 typed rate, %3 which series, %4 the measured rate with its interval, %5 the tolerance in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 may not be supported by %3, which %4</source>
        <extracomment>%1 field, %2 typed rate, %3 which series, %4 why: &quot;covers only 20 min: too short ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapClassModel</name>
    <message>
        <source>%1 MB</source>
        <extracomment>Megabytes (10^6 bytes)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alloc. Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freed Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapComparer</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison takes two or three snapshots, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to compare the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapJson</name>
    <message>
        <source>%1: expected a whole number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number &gt;= 0, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time such as &quot;2026-12-07T05:35:12Z&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;fileName&quot; or &quot;modificationTime&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapSnapshotFile</name>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapSnapshotReader</name>
    <message>
        <source>unknown meta: node_fields has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: edge_fields has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: node_types has no list of node types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: edge_types has no list of edge types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: more than 255 node or edge types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends at byte %1, before its JSON is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends at byte %1, inside &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON%1 at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: &quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown meta: &quot;%1&quot; holds a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: &quot;snapshot.meta&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: &quot;snapshot&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: &quot;snapshot&quot; has no &quot;meta&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 numbers, not a multiple of its %3 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] is %3, larger than a heap snapshot can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: node type %3 is not in snapshot.meta.node_types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: edge type %3 is not in snapshot.meta.edge_types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: to_node %3 does not point at the start of a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;strings&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;strings&quot; holds more strings than a heap snapshot can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: &quot;%1&quot; comes before &quot;snapshot&quot; and its meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: no &quot;snapshot&quot; with its meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot has no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes&apos; edge counts add up to %1, but &quot;edges&quot; holds %2 edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more edges than a heap snapshot can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes[%1]: name %2 is not in &quot;strings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges[%1]: to_node points past the last node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges[%1]: name %2 is not in &quot;strings&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot.root_index %1 is not a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a heap snapshot: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory: reading a snapshot of %2 MB needs about %3 MB, and %4 MB are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to hold the snapshot&apos;s %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; a heap snapshot can have at most %3 MB here (the most simdjson reads as one document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory to hold the file&apos;s %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapSnapshotsDock</name>
    <message>
        <source>Heap Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heap Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two or three V8 heap snapshots and fill Investigation Steps from them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::HeapSnapshotsPanel</name>
    <message>
        <source>%1 (file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or three V8 .heapsnapshot files of one process (Node.js or Chrome DevTools): with three, the leak candidates are the objects allocated between the first two that are still alive in the third. You can also drop the files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter constructors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retainer Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare the snapshots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison cancelled; the report is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or three heap snapshots of one process, or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) chosen: compare two, or three for the three-snapshot technique.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 chosen: add one or two more snapshots of the same process to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n snapshot(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Heap Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heap snapshots (*.heapsnapshot);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared %n snapshot(s): %1 classes changed. Fill Report From Snapshots writes them into Investigation Steps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no path from the GC roots recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Report From Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or three heap snapshots first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report already says what the snapshots show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n place(s), the text typed differs from the snapshots.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fill From Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Repo&amp;rt From Snapshots…</source>
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
    <name>lr::LineFieldEditor</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::LinesUnderItems</name>
    <message>
        <source>Under it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines kept under the line above, as typed (Markdown): a nested list, an item, a **Label**: line</source>
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
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside it: %1.</source>
        <translation type="unfinished"></translation>
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
        <extracomment>A sample&apos;s tooltip: the series (its role), then &quot;4.5 min: 230 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle to zoom into it, wheel to zoom in time, Ctrl+wheel in memory, right-click or Escape to see everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kills (%1)</source>
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
        <source>CSV or TSV (Grafana&apos;s CSV export too), Prometheus query_range JSON, a Node.js --trace-gc log or a valgrind massif file</source>
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
        <source>Import the memory samples from before and after the fix to compare them.</source>
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
    <message>
        <source>Where the fix was deployed, in hours on the chart&apos;s time axis; follows the report&apos;s Fix deployed time on a before series with wall-clock times until set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord Process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample the memory of a process on this machine (RSS, PSS, anonymous, cgroup) on a live chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Prometheus alerting rules with thresholds from the before and after series and the memory limit, and fill Monitoring Added&apos;s empty thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a range query against Prometheus, Thanos, Mimir or VictoriaMetrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected series&apos; Prometheus query again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-memory kills from a kernel log (dmesg -T, journalctl -k), kubectl describe pod, kubectl get events -o json or a Node log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC Log E&amp;xcerpt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of a --trace-gc log around its longest pauses and its out-of-memory crash, for the Appendix&apos;s GC Logs block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OOM Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GC Log Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB = 10^6 bytes; growth is the least-squares slope over all samples, its interval widened for samples that are not independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Monitoring Added From Alert Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Alert Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rules (*.yml *.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Alert Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory series queried for this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Prometheus Query Into Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Series “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Report From &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref&amp;resh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM Even&amp;ts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deplo&amp;y at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::MemoryValueCheck</name>
    <message>
        <source>a baseline of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a peak of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is typed, but %3 covers only %4, not 6 hours</source>
        <extracomment>%1 field, %2 typed value, %3 which series, %4 its length: &quot;3.5 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is typed, but %3 shows %4 %5; they differ by more than %6 %</source>
        <extracomment>%1 field, %2 typed, %3 which series, %4 &quot;a baseline of&quot;, %5 measured, %6 tolerance in percent</extracomment>
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
    <name>lr::OomCountCheck</name>
    <message>
        <source>%1 says %2, but %3</source>
        <extracomment>%1 the field&apos;s label, %2 as typed (&quot;3/week&quot;), %3 what the events show</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the report&apos;s OOM events count %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the OOM events show %n in the %1 days before the deployment (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the OOM events show %n in the %1 days from the deployment (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::OomEvent</name>
    <message>
        <source>a process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill: %1 killed by the kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOMKilled: container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript heap out of memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::OomEventReader</name>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; has no zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journalctl&apos;s short format has no year: give it (--year) or export with journalctl -k -o short-iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmesg without -T counts seconds since boot, not a time: use dmesg --time-format iso or journalctl -k -o short-iso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time at the start of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time at the start of the line is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dmesg -T and journalctl print the machine&apos;s local time without a zone; read as UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Node&apos;s out-of-memory crash has no wall-clock time in this log; kept with its time since the process started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubectl get events prints ages (&quot;5m&quot;), not times: use kubectl get events -o json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oom-kill summary without pid=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (kubectl prints &quot;Mon, 07 Dec 2026 05:20:44 +0000&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: items: expected the list of kubectl get events -o json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.lastTimestamp: expected a time such as 2026-12-07T05:20:44Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no out-of-memory events (kernel &quot;Killed process&quot;, kubectl OOMKilled or OOMKilling, Node &quot;JavaScript heap out of memory&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::OomEventsJson</name>
    <message>
        <source>%1.source: expected &quot;kernel&quot;, &quot;kubernetes&quot; or &quot;node&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.time: &quot;%2&quot; is not a UTC time such as 2026-12-07T05:20:44.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: expected a whole number from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.occurrences: expected a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::OomTimeline</name>
    <message>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PdfExporter</name>
    <message>
        <source>PDF metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF outline: %1</source>
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
    <message>
        <source>the PDF&apos;s catalog or page tree was not found</source>
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
    <message>
        <source>&amp;Use the Measured Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field; the context menu can use the measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every part of the report is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ProcessMetrics</name>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup memory.current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::ProcessRecorder</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a process id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 is in no cgroup v2 group of its own, so it has no memory.current; choose another metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel gives no %1 for process %2 (PSS needs /proc/PID/smaps_rollup, Linux 4.14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 was ended</source>
        <extracomment>%1 says why the recording stopped (&quot;the duration is up&quot;), %2 is the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was ended by a signal or crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 after %n sample(s)</source>
        <extracomment>%1 says why the recording stopped (&quot;app exited with code 0&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lr::ProcessSampler</name>
    <message>
        <source>line %1: not a size: &quot;%2&quot;</source>
        <extracomment>%1 is a line number, %2 the line&apos;s text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the memory of process %1 from %2 (another user&apos;s process?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 has exited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PrometheusClient</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the server wants credentials, or refused them. Set LEAKREPORT_PROMETHEUS_TOKEN (bearer token) or LEAKREPORT_PROMETHEUS_USER and LEAKREPORT_PROMETHEUS_PASSWORD (basic auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: no Prometheus API at this URL (is it the server&apos;s base URL?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty response (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the response is at least %2 MB, over the limit of %3 MB; query a shorter range, a larger step or fewer series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server answered with an HTML page (%2), not Prometheus JSON: a login page or a proxy in front of Prometheus? Check the URL and the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server redirects to %2 (a login page?), not to Prometheus JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: connection refused (is Prometheus running there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s (timeout); the server may be overloaded, or the query too heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s TLS certificate is not trusted (%2). LeakReport checks certificates against the system&apos;s certificate authorities: add the server&apos;s CA to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PrometheusQueryDialog</name>
    <message>
        <source>Last 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the query into the report (Prometheus query field and Appendix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of Prometheus, Thanos, Mimir or VictoriaMetrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (within 11,000 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from LEAKREPORT_PROMETHEUS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from LEAKREPORT_PROMETHEUS_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PromQL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are used for this query only and never saved. TLS certificates are checked against the system&apos;s certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 kB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s URL and a PromQL query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” is not a duration (15s, 1m, 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Querying %1…</source>
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
    <message>
        <source>invalid UTF-8 at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::PromqlRange</name>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL of a Prometheus server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PromQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range is empty: the start %1 is not before the end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must be a positive duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step of %1 over %2 gives %3 points per series; Prometheus refuses more than 11,000: use a step of at least %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RecordProcessDialog</name>
    <message>
        <source>Start a comma&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &amp;process ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node --expose-gc server.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure that becomes the series; the others are kept as series of role Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>Minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of the recorded process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the command to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording process %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording, but a crash would lose it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lr::RecordingJournal</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of an interrupted recording recovered from %1</source>
        <extracomment>%1 is the journal file</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>The saved file cannot be read, so what differs is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was typed into it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds nothing the saved file does not: restoring changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Typed in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the saved file in:</source>
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
    <message>
        <source>memory-leak-report</source>
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
    <message>
        <source>Remove the selected rows (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Cell</source>
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
    <message>
        <source>%1: has errors (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complete</source>
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
        <source>More lines</source>
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
    <message>
        <source>%1.kinds: expected one letter, m or f, for each of the %2 pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.v8AverageMu: expected a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected whole milliseconds, not negative</source>
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
    <name>lr::SeriesRefresh</name>
    <message numerus="yes">
        <source>the query now returns %n series, none of them %1</source>
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
    <message>
        <source>95 % interval %1 to %2 MB/hour</source>
        <extracomment>The growth rate&apos;s 95 % confidence interval</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-GC floor %1 ± %2 MB/hour (%3 minima)</source>
        <extracomment>The fit through the lowest sample of each time slice: what is left after garbage collection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above the %1 MB limit already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM in ~%1 h at %2 MB/hour with a %3 MB limit (%4)</source>
        <extracomment>&quot;OOM in ~14 h at 38 MB/hour with a 768 MB limit (11 to 19 h)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
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
    <name>lr::TimelineClaimCheck</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Where a time was typed: &quot;Timeline, Fix deployed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not the time of %3 (%4); both say when the fix was deployed</source>
        <extracomment>%1 and %3 name two places of the report, %2 and %4 the times typed there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the after series starts at %1, before the fix was deployed (%2: %3), so it mixes in samples of the leaking version</source>
        <extracomment>%1 when the after series starts, %2 the place naming the deploy, %3 its time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) comes before %4 h of after-fix data (from %3), but the report gives memory after %4 h</source>
        <extracomment>%1 &quot;Timeline, Validation complete&quot;, %2 its time, %3 the time after-fix data starts, %4 hours the report claims</extracomment>
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
<context>
    <name>lr::UnitClaimCheck</name>
    <message>
        <source>%1 MB/hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a rate per %3; the report gives rates per hour (%4)</source>
        <extracomment>%1 field, %2 the typed value, %3 &quot;minute&quot; or &quot;second&quot;, %4 the converted value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in %3; the report gives MB, 10^6 bytes (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
