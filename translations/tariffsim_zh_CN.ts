<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>KeyFindings</name>
    <message>
        <source>at the no-change baseline (no range: the scenario leaves its tariffs unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(range %1 to %2 below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(range %1 to %2 above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(range %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) below the no-change baseline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) above the no-change baseline %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 more than under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 less than under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average US tariff on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s average tariff on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>A calendar year or a run of them: &quot;2025&quot;, &quot;2025–2030&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD bn</source>
        <extracomment>The unit of a figure in US dollar billions (the figure itself is not rescaled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US %1 are %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China %1 are %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the US peak is %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade-weighted average US tariff on Chinese goods peaks at %1 %2, China&apos;s on US goods at %3 %4 (rates set by law: no model range)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1 the US collects %2 in duties on Chinese goods (range %3 to %4; %5 in an average year) and China %6 on US goods (range %7 to %8)%9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 runs to %2 (an end the scenario assumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 runs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 starts on %2 and runs to %3 (an end the scenario assumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 starts on %2 and runs to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, past the projection&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; when it ends nothing snaps back (%2 is no longer charged by then): %3 stays at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; when it ends nothing snaps back (%2: the scenario&apos;s rate replaces the suspension): %3 stays at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; on %2 the suspended %3 points of %4 snap back and %5 goes from %6 to %7 (set by law: no model range).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files of your data folder were skipped; the shipped data stand in for them (tariffsim-cli data check lists every problem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;Tariff Scenario Simulator&lt;/h3&gt;&lt;p&gt;tariffsim version %1&lt;/p&gt;&lt;p&gt;US–China tariff scenarios: daily tariff schedules from dated legal layers, truces and snap-backs, and the trade response.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data as of:&lt;/b&gt; %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure in the dataset carries its source: see &lt;a href=&quot;help:data.md&quot;&gt;The shipped dataset&lt;/a&gt; in Help.&lt;/p&gt;&lt;p&gt;Copyright 2026 The tariffsim developers. tariffsim is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About tariffsim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Autosave</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the recovery file is held by another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the lock file (the disk may be full or the folder read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Briefing</name>
    <message>
        <source>China customs (GACC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Census Bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China→US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US→China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario “%1”, tariffsim model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff measures, coverage and truces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Includes your own data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trade by HS chapter (US Census Bureau via UN Comtrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dated rate steps of %2 US and Chinese tariff measures and %3 truces in the tariffsim dataset, each with its cited source; weights: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months observed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariffsim dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly trade from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duties are the average tariff times projected trade; prices use a pass-through of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China customs (GACC) rare-earth magnet exports to the US as reported (%1 months observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-run trade elasticity %1 and adjustment speed %2 a month for both flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-run trade elasticity %1 (China→US) and %2 (US→China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment speed %1 (China→US) and %2 (US→China) a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass-through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterfactual history from %1 to %2 (the scenario&apos;s tariffs differ from those enacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2% from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 continues after %2 (not in the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; right axis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · scenario “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-run trade elasticity, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the gap a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-through to import prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline trend growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth licence approval share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth magnets before licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 t a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date of tariffs (t0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs are measured against their level on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trade went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution elasticity between Chinese and other suppliers&apos; goods (σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other suppliers&apos; own growth in 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of China&apos;s lost US sales sold elsewhere (ρ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed of that redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouting share (θ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouting deterred by the 40% transshipment penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended to %1 (assumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends %1 points of %2 for %3 days%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed past the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1; replaces the recorded rate steps and truce suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates held after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal record to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China customs (GACC), both flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Census Bureau, both flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade observed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base-year trade by HS chapter (US Census Bureau via UN Comtrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the current rates and the truce countdown refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extension to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base-year trade by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth magnets to %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth magnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base-year trade by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-change baseline: the trade the model projects had every tariff stayed at its level on %1, with the same seasonal pattern and trend; the figures are the scenario minus this baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are for scenario “%1” against the no-change baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and against %1 where they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIEFING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current rates and truces as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario “%1”: trade against the no-change baseline and duties collected, USD bn on the China-customs basis, each with its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US against the no-change baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China against the no-change baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2; %3 over %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected by the US on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected by China on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First full year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade diverted to the other suppliers (Mexico, Taiwan, India, ASEAN), %1: %2 (US imports from them against their no-change baseline, US Census basis). China&apos;s exports to other markets: %3 (China customs basis). Trade rerouted, the estimated Chinese goods or content in the diverted trade: %4, %5 (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average US tariff on Chinese goods on %1: %2; China&apos;s on US goods: %3 (trade-weighted, set by law: no range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truce running: %1 days left; the suspended points return on %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (end assumed by the scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truce: its recorded end was %1; the scenario assumes the suspension continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: the lowest and highest projection with the elasticity and adjustment speed at the ends of their literature ranges (see “How to read these figures”). Duty ranges scale each month&apos;s duties with its trade (an estimate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model projects each flow month by month. Its long-run trade elasticity says how strongly trade responds to a tariff: with an elasticity of %1 for China&apos;s exports to the US (%2 to %3 in the literature) and %4 for US exports to China (%5 to %6), a duty that raises the duty-inclusive price by 1% lowers the flow in the long run by about %1% and %4%. Trade closes %7 and %8 of the gap to that long-run level each month, so most of the response comes within a year; importers pull orders forward in the %9 months before a scheduled rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties are the average tariff times the projected trade; import prices rise by %1 of the tariff (pass-through). Tariff rates come from the dated legal record and the scenario&apos;s changes; they are inputs, not estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is not a confidence interval: it is the lowest and highest of the projections with the elasticity and the adjustment speed at the ends of their literature ranges. A wide range means the figure depends on how strongly trade responds; the central figure uses the values fitted to the months China customs has reported, drawn as points in Figure 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters with their literature ranges, truces, rate changes and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms this briefing uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty on one side&apos;s goods averaged over products with weights from base-year trade (trade-weighted), in percent ad valorem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-change baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade projected had every tariff stayed at its level on the reference day (20 January 2025 unless the scenario says otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated legal record of tariffs and truces with the analyst&apos;s changes: rates, truce dates, model parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key findings also measure the scenario against: the base preset (the scenario without its rate changes) or a pinned scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest and highest projection with the trade elasticity and adjustment speed at the ends of their literature ranges; not a confidence interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much trade falls in the long run when a tariff raises the duty-inclusive price by 1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the gap between current and long-run trade closed each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of a tariff that shows in the duty-inclusive import price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders pulled forward ahead of a scheduled tariff rise, and the dip after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension of part of a tariff (points) for a fixed period, possibly extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspended points returning on the day a truce ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-favoured-nation duty: the ordinary tariff each side charges every WTO member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 301</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US trade law under which the 2018–2019 tariffs on Chinese goods (Lists 1–4) and their 2024 review were imposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 232</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US law allowing duties on imports that threaten national security (steel, aluminium, autos, and others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEEPA duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties under the International Emergency Economic Powers Act: the “fentanyl” and “reciprocal” tariffs of 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s additional duty on US goods in answer to US tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China-customs basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade as China&apos;s General Administration of Customs (GACC) records it; US Census figures for the same flow differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First full year, average year, cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first twelve months from the start of the scenario&apos;s changes (2025 when it changes no rate), the yearly mean over 2025–2030, and the sum over 2025–2030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billions of US dollars at current prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sources the dataset cites, numbered as the figures and tables refer to them and grouped by kind: law, official statistics, research, press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario without its rate changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Figure %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US–China tariffs: scenario briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last observed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits take effect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s rate changes take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits take effect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sources %1 in the list of sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page brief on scenario “%1”: key findings and two charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing on scenario “%1”: key findings, headline figures, charts, assumptions and sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::BriefingPackDialog</name>
    <message>
        <source>One-page brief (key findings and two charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the no-change baseline only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to reword it; the figures of a generated finding follow the scenario until it is reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the generated findings in their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings (saved with the scenario):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded: its figures no longer follow the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::BriefingPreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFICIAL-SENSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For internal use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the header of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the first page and in the PDF&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling marking, centred in the header and footer of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files here with the shipped names are added to the shipped data at start; &apos;tariffsim-cli data check&apos; checks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by every briefing pack and brief exported from this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartDataDialog</name>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers the chart “%1” shows. Select cells and press Ctrl+C, or copy the whole table for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a date, one column a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartLegend</name>
    <message>
        <source>Below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entry to hide or show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patterned line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaded band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ChartView</name>
    <message>
        <source>%1
%2 against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the %1 largest of %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Charts</name>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China → US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US → China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tariff rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly export volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against baseline by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected and import prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth magnet exports to the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trade went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tariff (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs, assumed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s tariffs, assumed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on other suppliers (Mexico, Taiwan, India, ASEAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on other suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truce: US suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truce: China&apos;s suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, assumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truce assumed past the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD bn a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3: change against baseline (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties (USD bn a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US duties on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s duties on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US import prices of Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s import prices of US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed (China customs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against baseline (USD bn a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US (China customs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the rest of the world (China customs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China → rest of world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US imports from China (US Census)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US ← China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US imports from other suppliers (US Census)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US ← others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — scenario against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — observed against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouted Chinese trade (estimate) — range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouted Chinese trade (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouted range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerouted via others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: China customs (GACC) exports by destination; US Census imports by partner (USITC DataWeb, %1 partners); US tariffs on the partners from their Executive Orders and Proclamations; rerouting share %2 (range %3-%4) from Iyoha et al. (HBS WP 24-072) and ADB MRIO tables; model estimates, docs/model.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal record to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated legal acts in the data end on %1; the rates after it are the scenario&apos;s assumptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last observed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade observed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade figures this chart is computed from are observed to %1; later months are projections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed data end here; later months are projections.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterfactual history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnet exports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Comparison</name>
    <message>
        <source>%1, %2 days, ends %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rate set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded steps left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates frozen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticity, China → US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed, China → US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticity, US → China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed, US → China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend growth a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth licence approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China → US trade vs baseline, 2025–2030 ($bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China → US trade vs baseline (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US → China trade vs baseline, 2025–2030 ($bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US → China trade vs baseline (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US duties collected, 2025–2030 ($bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s duties collected, 2025–2030 ($bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US average tariff on the as-of date (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s average tariff on the as-of date (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ComparisonPanel</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin Scenario File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a snapshot of the scenario as it is now, to compare later edits against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin &amp;preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a preset scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a saved scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every pinned scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned scenarios and their line styles on the charts; Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin up to four scenarios to compare them with the current one. Pinned scenarios appear on the time charts in their own line style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pin scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input or figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ vs current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ExportActions</name>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing pack (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart to export, as the window shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the chart&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG for slides, SVG and PDF as vectors (text stays text), CSV for the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in pixels at 96 dpi; the layout scales with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel: 2× and 3× for sharp slides on high-density screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;btitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key assumptions printed under the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector, %1 × %2 at 96 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numbers behind the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario differs from its preset. Title for the saved scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1” and reload it from its file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff Scenario Simulator did not close normally. Recover the unsaved scenario “%1” (never saved to a file)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff Scenario Simulator did not close normally. Recover the unsaved changes to “%1” in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file, %1, keeps the last saved version until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new scenario from the as-enacted preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file (.tariffsim.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario to its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes and reload the scenario&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title and Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the scenario&apos;s title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Tariff Scenario Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened:

%2

The open scenario is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on “%1”, with: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written:

%2

The scenario still has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read:

%2

The open scenario is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HeadlineStrip</name>
    <message>
        <source>China → US against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US → China against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade diverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade rerouted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario minus the no-change baseline, summed over %1 (China customs basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China → US vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US → China vs baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tariffs, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US imports from the other suppliers (Mexico, Taiwan, India, ASEAN) minus their no-change baseline, summed over %1 (US Census basis). China&apos;s exports to other markets: %2 against baseline (China customs basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1bn ($%2–%3bn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated Chinese goods or content in the diverted trade, passing through the other suppliers, summed over %1; the range spans the published rerouting benchmarks (an estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US $%1bn · China $%2bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties collected on the projected trade, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US %1% · China %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods and China&apos;s tariffs on US goods: trade-weighted averages (base-year weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 side&apos;s suspension %2. The scenario assumes it continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, assumed end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 side&apos;s suspension of points runs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the end date is a scenario assumption, not a recorded decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none running on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the present, build a scenario, compare and brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal and economic terms the window uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About tariffsim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HelpWindow</name>
    <message>
        <source>tariffsim Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter; Enter again finds the next place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not part of the built-in help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::HistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;scenario as opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every edit as one step; click a step to go back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, oldest first; click one to return to it (the disk icon marks the saved state)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ImportDialog</name>
    <message>
        <source>Import observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder: %1
Its files are added to the shipped data at the next start; a row with the same key replaces the shipped one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (each column of the file from a column of the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: adds its rows to %1 (a row with the same key replaces the one there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: replaces %1, which has problems of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: writes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::MainWindow</name>
    <message>
        <source>From %1 (when the edits apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed (%1): save your changes to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart. Right-click or press the Menu key for Show data (its numbers as a table), Export, Copy and Print; hover a line or bar for its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector chart flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which flow the sector chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector chart period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months over which the sector chart compares the scenario with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate slider, a rate box and a reset button for each legal layer of both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticities, adjustment speeds, pass-through, front-loading and the rare-earth licence approval share, each with its literature range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a preset scenario (clears the undo history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  &amp;As of: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the headline rates and the truce countdown refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import observations...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; it is read at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;measure...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 truce assumed past the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 truces assumed past the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::MeasureDialog</name>
    <message>
        <source>Change measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Toys and consoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Section 301, a new determination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate steps after the first, one row each: from, optional end, rate, and whether it adds on top or sets the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS prefixes, comma separated: 95, 8507.60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HS prefixes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the goods under these prefixes that the measure covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yields to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the layers on whose goods this measure is not charged while they are; none ticked: it adds on top of everything in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yields to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find HS codes by description: toys, batteries, soybeans...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to add the code to the HS prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 ends on (YYYY-MM-DD, empty for no end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: added on top or set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, Ends on: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ParameterPanel</name>
    <message>
        <source>How strongly %1 respond to tariffs in the long run: at %2, duty-inclusive prices 10% higher cut the volume by about %3%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How quickly trade moves to its new level: the share of the remaining gap closed each month (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How quickly trade moves to its new level: at %1, %2% of the remaining gap closes each month, half of it within %3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticity, China → US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s exports to the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed, China → US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elasticity, US → China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US exports to China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment speed, US → China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of a tariff shows in the price buyers pay at the border: at %1, %2% of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying ahead of an announced tariff rise: at %1, %2% of the fall expected after the rise is bought early instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rare-earth licence approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of China&apos;s rare-earth magnet exports licences let through: at %1, %2% of what was shipped before the controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range in the studies: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the default comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ScenarioDocument</name>
    <message>
        <source>Edit title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the US tariff on %1 to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the US tariff on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of this scenario, not of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::ScenarioFile</name>
    <message>
        <source>Scenario files (*.tariffsim.json);;JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::TariffControls</name>
    <message>
        <source>Changes take effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slider values apply from this date; before it the charts show the enacted path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take &amp;effect on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s tariffs on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: drag to set the rate from the effective date (0-%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type a rate in percent (0-1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate enacted on the effective date in the base scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to enacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to the enacted rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariffs on other suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the US tariff on each of the other suppliers, for the &quot;Where the trade went&quot; model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US tariff on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The additional US tariff on goods from %1 from the effective date, on the goods its recorded layers were charged on the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded rate on the effective date, averaged over the partner&apos;s goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the US tariff on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the recorded rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US on Chinese goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China on US goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure of this scenario, not of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the measure&apos;s own steps give on the effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1 to its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::TimelineWidget</name>
    <message>
        <source>Truce timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated events and truce periods. Drag a truce to move it, drag its end to change its length; arrows move the selected truce by a day, Shift+arrows by a week, Delete removes an extension, E extends by 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends %1 points of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suspension lowers no rate there: the measure is not in force, or the scenario sets its rate, which is then charged in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded to %1: %2. Beyond that the suspension is a scenario assumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snap-back: the measure is no longer in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap-back on %1: %2 %3% → %4%; average %5 tariff %6% → %7%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfactual history, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · assumed: continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 days recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1: truce ended %2, then assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1: %2 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the length of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an extension of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend %1 by 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend truce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend %1 by (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend %1 by %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapse at the original end (snap back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to 2025–2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole horizon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tariffsim::ui::Vintage</name>
    <message>
        <source>China customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Census</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal record to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade observed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything later is an assumption, named where it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: a date fixed in advance; what happened is not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enacted: threatened or announced, never carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified: a single lower-confidence source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1; what followed is not in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterfactual from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when its edits take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the legal record ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterfactual history: from %1 the scenario&apos;s tariffs differ from those enacted, before %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end of the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Assumed: the suspension of %3 points continues %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
