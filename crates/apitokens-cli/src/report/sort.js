/* Optional: click a column header to sort each group of rows by it. The
   page is complete without this script. */
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead th").forEach(function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      table.querySelectorAll("tbody").forEach(function (body) {
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
          var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
          return (ascending ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
});
