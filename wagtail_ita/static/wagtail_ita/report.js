// The printable status report's "print" button (a static file, so the page needs no inline script).
document.addEventListener("DOMContentLoaded", () => {
    for (const button of document.querySelectorAll("[data-ita-print]")) {
        button.addEventListener("click", () => window.print());
    }
});
