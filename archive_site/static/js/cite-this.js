// "Cite this": a Copy button beside each reference, shown only where the clipboard can be
// written. Without JavaScript the references are plain, selectable text.
for (const button of document.querySelectorAll(".cite-this__copy[data-copy]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.setAttribute("aria-live", "polite");
  button.addEventListener("click", async () => {
    const text = document.getElementById(button.dataset.copy).textContent.trim();
    await navigator.clipboard.writeText(text);
    button.firstChild.textContent = button.dataset.copied;
  });
}
