/// The report's one stylesheet, inline: system fonts only (nothing to fetch), light and dark by
/// `prefers-color-scheme`, and a print layout for A4 and Letter in which no bar, row or chart is
/// cut across pages and each top section starts a page.
enum ReportStyle {
    static var css: String {
        """
        :root{\(ReportPalette.light.properties)color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{\(ReportPalette.dark.properties)}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--text);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif}
        .page{max-width:1040px;margin:0 auto;padding:40px 32px 56px}
        h1,h2,h3{line-height:1.25;margin:0}
        h1{font-size:30px;letter-spacing:-.01em}
        h2{font-size:20px;margin-bottom:16px}
        h3{font-size:15px;margin:20px 0 8px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
        p{margin:0 0 10px}
        .muted,.note{color:var(--muted)}
        .note{font-size:13px}
        .num{font-variant-numeric:tabular-nums}
        header.masthead{display:grid;grid-template-columns:1fr auto;gap:24px;align-items:center;padding-bottom:24px;border-bottom:1px solid var(--border)}
        .eyebrow{font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.08em;margin-bottom:6px}
        .subtitle{font-size:17px;color:var(--muted);margin-top:6px}
        .facts{display:flex;flex-wrap:wrap;gap:8px 28px;margin:16px 0 0;padding:0}
        .facts div{min-width:0}
        .facts dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
        .facts dd{margin:0;font-weight:600}
        .ring{width:132px;height:132px}
        .ring .track{stroke:var(--track)}
        .ring .fill{stroke:var(--done)}
        .ring text{fill:var(--text);font-weight:700;font-size:30px}
        .ring text.small{fill:var(--muted);font-weight:400;font-size:12px}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:24px 0 8px;padding:0;list-style:none}
        .card{background:var(--surface);border:1px solid var(--border);border-radius:10px;padding:12px 16px;break-inside:avoid}
        .card .value{font-size:24px;font-weight:700;display:block}
        .card .label{font-size:13px;color:var(--muted)}
        .card .value.late{color:var(--late)}.card .value.done{color:var(--done)}.card .value.active{color:var(--active)}
        section.top{padding:32px 0 8px;border-bottom:1px solid var(--border)}
        section.top:last-of-type{border-bottom:0}
        .tree,.tree ul{list-style:none;margin:0;padding:0}
        .tree ul .name{padding-left:20px}.tree ul ul .name{padding-left:40px}.tree ul ul ul .name{padding-left:60px}
        .row{display:grid;grid-template-columns:minmax(0,1fr) minmax(120px,38%) 64px 44px;gap:12px;align-items:center;padding:5px 0;break-inside:avoid}
        .tree>li{padding:6px 0;border-top:1px solid var(--border)}
        .tree>li:first-child{border-top:0}
        .tree>li>.row .name{font-weight:600}
        .row .name{overflow-wrap:anywhere}
        .row .count,.row .pct{text-align:right;font-variant-numeric:tabular-nums}
        .row .pct{font-weight:600}
        .row .count{color:var(--muted);font-size:13px}
        .file-tag{display:inline-block;font-size:11px;border:1px solid var(--border);border-radius:4px;padding:0 5px;margin-left:6px;color:var(--muted);vertical-align:1px}
        .bar{position:relative;display:flex;height:10px;border-radius:5px;background:var(--track);overflow:hidden}
        .bar .d{background:var(--done)}.bar .a{background:var(--active)}
        .bar.big{height:14px;border-radius:7px}
        .legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;color:var(--muted);margin:10px 0 0;padding:0;list-style:none}
        .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:0}
        .swatch.d{background:var(--done)}.swatch.a{background:var(--active)}.swatch.t{background:var(--track)}.swatch.l{background:var(--late)}.swatch.u{background:var(--accent)}
        .pill{display:inline-block;font-size:12px;font-weight:600;border-radius:999px;padding:1px 9px;white-space:nowrap}
        .pill.done,.pill.held,.pill.onTrack{color:var(--done);background:var(--done-soft)}
        .pill.late,.pill.overdue{color:var(--late);background:var(--late-soft)}
        .pill.upcoming{color:var(--accent);background:var(--accent-soft)}
        .pill.active{color:var(--active);background:var(--active-soft)}
        .pill.undated{color:var(--muted);background:var(--surface);border:1px solid var(--border)}
        figure{margin:0 0 16px;break-inside:avoid}
        figcaption{font-size:13px;color:var(--muted);margin-top:6px}
        svg.chart{display:block;width:100%;height:auto;overflow:visible}
        svg text{fill:var(--muted);font-size:12px;font-family:inherit}
        svg .grid{stroke:var(--border);stroke-width:1}
        svg .axis{stroke:var(--muted);stroke-width:1}
        svg .total{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:5 4;fill:none}
        svg .done-line{stroke:var(--done);stroke-width:2.5;fill:none}
        svg .done-area{fill:var(--done);opacity:.16}
        svg .pace-line{stroke:var(--accent);stroke-width:2;stroke-dasharray:2 4;fill:none}
        svg .today{stroke:var(--accent);stroke-width:1.5}
        svg text.today-label{fill:var(--accent);font-weight:600}
        svg .mark-held,svg .mark-done{fill:var(--done)}svg .mark-overdue{fill:var(--late)}svg .mark-upcoming{fill:var(--accent)}svg .mark-undated{fill:var(--muted)}
        svg .ring-bg{fill:var(--bg)}
        svg text.cp-title{fill:var(--text);font-weight:600}
        svg text.halo{paint-order:stroke;stroke:var(--bg);stroke-width:5px;stroke-linejoin:round}
        svg .heat0{fill:var(--track)}svg .heat1{fill:var(--heat1)}svg .heat2{fill:var(--heat2)}svg .heat3{fill:var(--heat3)}svg .heat4{fill:var(--heat4)}svg .habit{stroke:var(--accent);stroke-width:2}svg .habit-skip{stroke:var(--accent);stroke-width:1.5;stroke-dasharray:3 2}
        .swatch.ring{background:transparent;border:2px solid var(--accent);box-sizing:border-box}.swatch.ring.skip{border-style:dashed}
        svg .spark{stroke:var(--accent);stroke-width:1.5;fill:none}svg .spark-target{stroke:var(--done);stroke-width:1;stroke-dasharray:3 3}
        .cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:24px}
        ol.goals,ul.goals{list-style:none;margin:0;padding:0}
        .goals li{display:grid;grid-template-columns:104px 1fr;gap:2px 12px;padding:8px 0;border-top:1px solid var(--border);break-inside:avoid}
        .goals li:first-child{border-top:0}
        .goals .when{font-variant-numeric:tabular-nums;font-size:13px;color:var(--muted);white-space:nowrap}
        .goals .when.late{color:var(--late);font-weight:600}
        .goals .when{grid-row:span 2}
        .goals .where{grid-column:2;font-size:12px;color:var(--muted)}
        .goals .id{color:var(--muted);font-size:12px;margin-right:6px}
        table{width:100%;border-collapse:collapse;font-size:14px}
        caption{text-align:left;font-weight:600;padding:0 0 8px}
        table+table{margin-top:24px}
        table.metrics{table-layout:fixed}
        table.metrics th:nth-child(1){width:32%}table.metrics th:nth-child(2),table.metrics th:nth-child(3){width:11%}
        table.metrics th:nth-child(5){width:16%}table.metrics td{overflow-wrap:anywhere}
        .line-sample{display:inline-block;vertical-align:middle;margin-right:6px}
        th,td{text-align:left;padding:7px 10px 7px 0;border-bottom:1px solid var(--border);vertical-align:middle}
        th{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        tr{break-inside:avoid}
        td .bar{min-width:80px}
        details.data{margin:4px 0 18px;font-size:13px}
        details.data summary{cursor:pointer;color:var(--muted)}
        details.data table{margin-top:8px;font-size:13px}
        ol.checkpoints{list-style:none;margin:12px 0 0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:10px}
        ol.checkpoints li{border:1px solid var(--border);border-radius:10px;padding:10px 14px;break-inside:avoid;background:var(--surface)}
        ol.checkpoints .t{font-weight:600;display:block}
        ol.checkpoints .d{font-size:13px;color:var(--muted);display:block}
        dl.fields{display:grid;grid-template-columns:minmax(140px,max-content) 1fr;gap:6px 20px;margin:0}
        dl.fields dt{color:var(--muted)}
        dl.fields dd{margin:0;overflow-wrap:anywhere}
        footer{margin-top:32px;font-size:13px;color:var(--muted)}
        @media (max-width:640px){.page{padding:24px 16px}header.masthead{grid-template-columns:1fr}.row{grid-template-columns:minmax(0,1fr) 90px 52px 40px}}
        @page{margin:14mm 12mm}
        @media print{
        :root{\(ReportPalette.light.properties)}
        body{font-size:12px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .page{max-width:none;padding:0}
        section.top{break-before:page;border-bottom:0;padding-top:0}
        section.top.first{break-before:auto;padding-top:20px}
        h2,h3{break-after:avoid}
        .row,li,tr,figure,.card,svg{break-inside:avoid}
        details.data{display:none}
        }
        """
    }
}
