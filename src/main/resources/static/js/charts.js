// Charts of the start page: each <canvas data-chart='{"type","labels","values","colours"}'> becomes a Chart.js
// chart with its numbers drawn on it (no inline script, no extra plugin).
(() => {
  const numbersOnChart = {
    id: 'numbersOnChart',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      chart.data.datasets.forEach((dataset, i) => {
        chart.getDatasetMeta(i).data.forEach((element, index) => {
          const value = dataset.data[index];
          if (!value) {
            return;
          }
          const { x, y } = element.tooltipPosition();
          const bar = chart.config.type === 'bar';
          ctx.save();
          ctx.font = 'bold 13px system-ui, sans-serif';
          ctx.textAlign = bar ? 'left' : 'center';
          ctx.textBaseline = 'middle';
          ctx.fillStyle = bar ? '#212529' : '#fff';
          ctx.fillText(String(value), bar ? x + 4 : x, y);
          ctx.restore();
        });
      });
    }
  };
  document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
    const spec = JSON.parse(canvas.dataset.chart);
    const bar = spec.type === 'bar';
    // bars lie horizontally so that every label can be read in full; the number stands at the end of each bar
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: [{ data: spec.values, backgroundColor: spec.colours }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: bar ? 'y' : 'x',
        layout: { padding: { right: bar ? 24 : 0 } },
        plugins: { legend: { display: !bar, position: 'bottom' } },
        scales: bar ? { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } : {}
      },
      plugins: [numbersOnChart]
    });
  });
})();
