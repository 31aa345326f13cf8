// Chart.js configuration only: each <figure class="chart"> draws the table it holds. Rows are the datasets
// (data-series="rows") or the labels (data-series="columns"); the columns drawn have a data-series header and
// their cells give the plain value in data-value.
(function () {
  document.querySelectorAll('figure.chart').forEach(function (figure) {
    var table = figure.querySelector('table');
    var heads = Array.from(table.querySelectorAll('thead th[data-series]')).map(function (th) { return th.textContent; });
    var rows = Array.from(table.querySelectorAll('tbody tr')).map(function (tr) {
      return {
        label: tr.querySelector('th').textContent,
        values: Array.from(tr.querySelectorAll('td[data-value]')).map(function (td) {
          return td.dataset.value === '' ? null : Number(td.dataset.value);
        })
      };
    });
    var byRows = figure.dataset.series === 'rows';
    var data = byRows
      ? { labels: heads, datasets: rows.map(function (r) { return { label: r.label, data: r.values }; }) }
      : { labels: rows.map(function (r) { return r.label; }),
          datasets: heads.map(function (h, i) { return { label: h, data: rows.map(function (r) { return r.values[i]; }) }; }) };
    new Chart(figure.querySelector('canvas'), {
      type: figure.dataset.type || 'bar',
      data: data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: figure.dataset.axis || 'x',
        plugins: { legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true }, x: { beginAtZero: true } }
      }
    });
  });
})();
