export { isPdf } from "./pages.ts";
export { readPdf } from "./read-pdf.ts";
