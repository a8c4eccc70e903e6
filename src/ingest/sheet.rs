//! Spreadsheets (XLSX, ODS), such as requirement matrices: each non-empty row of each visible
//! sheet is one block, its non-empty cells joined by [`CELL_SEPARATOR`], under the sheet's name,
//! with the sheet and the row number in its location. Formulas give the value last computed and
//! saved in the file; hidden sheets are left out, as a reader of the workbook does not see them.
//!
//! XLSX is read with calamine's streaming cell reader (its dense ranges would allocate rows ×
//! columns cells from two far-apart cells). ODS is read with the XML walker of the other
//! OpenDocument formats: calamine's ODS reader expands repeated cells and rows into memory, so a
//! small hostile file could ask for gigabytes.

use std::collections::HashSet;
use std::io::{Cursor, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};

use super::build::DocumentBuilder;
use super::xml::{Archive, Node, attribute, odf_spaces, walk};
use super::{IngestError, IngestOptions, Source};
use crate::deadline::Pacer;
use crate::model::{CELL_SEPARATOR, Document, Format};

/// The cells of the row being read, by column, until the row is complete.
struct RowCells {
    sheet: String,
    /// 1-based, as the spreadsheet shows it.
    row: u32,
    cells: Vec<(u32, String)>,
}

impl RowCells {
    fn push_to(mut self, builder: &mut DocumentBuilder) {
        // Cells are stored left to right, but nothing in a file forces it.
        self.cells.sort_by_key(|(column, _)| *column);
        let texts: Vec<&str> = self.cells.iter().map(|(_, text)| text.as_str()).collect();
        builder.push_row(&self.sheet, self.row, &texts.join(CELL_SEPARATOR));
    }
}

pub fn read_xlsx(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    check_inflation(source.bytes, Format::Xlsx, options)?;
    // calamine is not known to panic, but it reads hostile bytes: a panic is a corrupt file.
    catch_unwind(AssertUnwindSafe(|| read_xlsx_rows(source, options))).unwrap_or_else(|_| {
        Err(xlsx_corrupt(
            "the spreadsheet reader stopped on this file".to_string(),
        ))
    })
}

fn xlsx_corrupt(detail: String) -> IngestError {
    IngestError::Corrupt {
        format: Format::Xlsx,
        detail,
    }
}

fn read_xlsx_rows(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(source.bytes)).map_err(|e| xlsx_corrupt(e.to_string()))?;
    let mut builder = DocumentBuilder::new(options);
    let mut pacer = Pacer::<4096>::new(&options.deadline);
    let mut hidden = Vec::new();
    let sheets: Vec<_> = workbook
        .sheets_metadata()
        .iter()
        .filter(|sheet| sheet.typ == SheetType::WorkSheet)
        .cloned()
        .collect();
    for sheet in sheets {
        if sheet.visible != SheetVisible::Visible {
            hidden.push(sheet.name);
            continue;
        }
        let mut cells = workbook
            .worksheet_cells_reader(&sheet.name)
            .map_err(|e| xlsx_corrupt(format!("sheet {}: {e}", sheet.name)))?;
        let mut row: Option<RowCells> = None;
        while let Some(cell) = cells
            .next_cell()
            .map_err(|e| xlsx_corrupt(format!("sheet {}: {e}", sheet.name)))?
        {
            pacer.step()?;
            let Some(text) = xlsx_cell_text(cell.get_value()) else {
                continue;
            };
            let (row_index, column) = cell.get_position();
            let number = row_index.saturating_add(1);
            match row.as_mut() {
                Some(current) if current.row == number => current.cells.push((column, text)),
                _ => {
                    if let Some(done) = row.take() {
                        done.push_to(&mut builder);
                    }
                    row = Some(RowCells {
                        sheet: sheet.name.clone(),
                        row: number,
                        cells: vec![(column, text)],
                    });
                }
            }
        }
        if let Some(done) = row {
            done.push_to(&mut builder);
        }
    }
    note_hidden(&mut builder, &hidden);
    builder.finish(&source, Format::Xlsx, None)
}

fn note_hidden(builder: &mut DocumentBuilder, hidden: &[String]) {
    if !hidden.is_empty() {
        builder.note(format!(
            "hidden sheets were not read: {}",
            hidden.join(", ")
        ));
    }
}

/// A cell's value as text, or `None` for an empty cell or an error value (`#DIV/0!`).
fn xlsx_cell_text(value: &DataRef<'_>) -> Option<String> {
    let text = match value {
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(x) => number_text(*x),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(date) if date.is_duration() => duration_text(date.as_f64()),
        DataRef::DateTime(date) => {
            let (year, month, day, hour, minute, _, _) = date.to_ymd_hms_milli();
            match (date.as_f64() < 1.0, hour, minute) {
                (true, _, _) => format!("{hour:02}:{minute:02}"),
                (false, 0, 0) => format!("{year:04}-{month:02}-{day:02}"),
                (false, _, _) => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"),
            }
        }
        DataRef::Error(_) | DataRef::Empty => return None,
    };
    Some(text).filter(|t| !t.trim().is_empty())
}

/// Below 2^53 a whole f64 is exactly an integer.
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// A number as a person writes it: whole numbers without a fraction, others in their shortest
/// exact decimal form.
fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < MAX_EXACT_INTEGER {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

/// A duration, stored in days, as hours and minutes ("36:30").
fn duration_text(days: f64) -> String {
    let minutes = (days * 24.0 * 60.0).round();
    if !minutes.is_finite() || minutes.abs() >= MAX_EXACT_INTEGER {
        return number_text(days);
    }
    let sign = if minutes < 0.0 { "-" } else { "" };
    let minutes = minutes.abs() as u64;
    format!("{sign}{}:{:02}", minutes / 60, minutes % 60)
}

/// Inflates every part of the archive under the budget of [`IngestOptions::max_inflated_bytes`],
/// counting the bytes actually inflated (declared sizes can lie), before calamine reads it: the
/// budget is then known to hold for whatever calamine inflates.
fn check_inflation(
    bytes: &[u8],
    format: Format,
    options: &IngestOptions,
) -> Result<(), IngestError> {
    let corrupt = |detail: String| IngestError::Corrupt { format, detail };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(e.to_string()))?;
    let mut remaining = options.max_inflated_bytes;
    for index in 0..zip.len() {
        options.deadline.check()?;
        let entry = zip.by_index(index).map_err(|e| corrupt(e.to_string()))?;
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        let inflated = std::io::copy(
            &mut entry.take(remaining.saturating_add(1)),
            &mut std::io::sink(),
        )
        .map_err(|e| corrupt(format!("cannot inflate {name}: {e}")))?;
        remaining = remaining
            .checked_sub(inflated)
            .ok_or(IngestError::InflatesTooMuch {
                limit: options.max_inflated_bytes,
            })?;
    }
    Ok(())
}

pub fn read_ods(source: Source<'_>, options: &IngestOptions) -> Result<Document, IngestError> {
    let mut archive = Archive::open(source.bytes, Format::Ods, options.max_inflated_bytes)?;
    let content = archive.required("content.xml")?;
    let mut builder = DocumentBuilder::new(options);
    let mut reader = OdsReader::default();
    walk(&content, "content.xml", Format::Ods, options, |node| {
        reader.visit(node, &mut builder);
    })?;
    note_hidden(&mut builder, &reader.hidden_sheets);
    if !reader.repeated_rows.is_empty() {
        builder.note(format!(
            "rows repeated unchanged were read once: {}",
            reader.repeated_rows.join(", ")
        ));
    }
    builder.finish(&source, Format::Ods, None)
}

/// Most repeated rows named in the note that says they were read once.
const MAX_REPEATED_ROWS_NOTED: usize = 10;

/// The state of a walk over the `content.xml` of an ODS file.
#[derive(Default)]
struct OdsReader {
    /// Table styles that hide their sheet (`table:display="false"`).
    hiding_styles: HashSet<String>,
    /// The table style being read in the automatic styles, if any.
    table_style: Option<String>,
    /// Depth of `table:table` elements: only the rows of sheets (depth 1) are rows.
    table_depth: usize,
    /// The sheet being read, `None` while in a hidden one.
    sheet: Option<String>,
    hidden_sheets: Vec<String>,
    /// Rows of the sheet before the current one.
    rows_before: u32,
    /// How many times the current row repeats.
    row_repeats: u32,
    row: Vec<String>,
    /// The text of the current cell, its paragraphs joined by spaces.
    cell: Option<String>,
    /// The value attribute of the current cell, for a cell without text paragraphs.
    cell_value: Option<String>,
    in_paragraph: bool,
    /// Depth inside elements whose text is not shown (comments).
    skip_depth: usize,
    repeated_rows: Vec<String>,
}

impl OdsReader {
    fn visit(&mut self, node: Node<'_>, builder: &mut DocumentBuilder) {
        match node {
            Node::Open(e) => {
                let name = e.name();
                let name = name.as_ref();
                if self.skip_depth > 0 {
                    self.skip_depth += 1;
                    return;
                }
                match name {
                    "office:annotation" => self.skip_depth = 1,
                    "style:style" => {
                        self.table_style = attribute(e, "style:name")
                            .filter(|_| attribute(e, "style:family").as_deref() == Some("table"));
                    }
                    "style:table-properties"
                        if attribute(e, "table:display").as_deref() == Some("false") =>
                    {
                        if let Some(style) = &self.table_style {
                            self.hiding_styles.insert(style.clone());
                        }
                    }
                    "table:table" => {
                        self.table_depth += 1;
                        if self.table_depth == 1 {
                            self.open_sheet(e);
                        }
                    }
                    "table:table-row" if self.table_depth == 1 => {
                        self.row_repeats = repeats(e, "table:number-rows-repeated");
                        self.row.clear();
                    }
                    "table:table-cell" | "table:covered-table-cell" if self.table_depth == 1 => {
                        self.cell = Some(String::new());
                        self.cell_value = ["office:string-value", "office:value"]
                            .iter()
                            .find_map(|a| attribute(e, a))
                            .or_else(|| {
                                attribute(e, "office:date-value")
                                    .map(|d| d.chars().take(10).collect())
                            });
                    }
                    "text:p" | "text:h" => {
                        if let Some(cell) = self.cell.as_mut().filter(|c| !c.is_empty()) {
                            cell.push(' ');
                        }
                        self.in_paragraph = true;
                    }
                    "text:s" => self.text(&odf_spaces(e)),
                    "text:tab" => self.text("\t"),
                    "text:line-break" => self.text(" "),
                    _ => {}
                }
            }
            Node::Close(name) => {
                if self.skip_depth > 0 {
                    self.skip_depth -= 1;
                    return;
                }
                match name {
                    "style:style" => self.table_style = None,
                    "table:table" => {
                        if self.table_depth == 1 {
                            self.sheet = None;
                        }
                        self.table_depth = self.table_depth.saturating_sub(1);
                    }
                    "table:table-cell" | "table:covered-table-cell" if self.table_depth == 1 => {
                        self.close_cell();
                    }
                    "table:table-row" if self.table_depth == 1 => self.close_row(builder),
                    "text:p" | "text:h" => self.in_paragraph = false,
                    _ => {}
                }
            }
            Node::Text(text) => {
                if self.skip_depth == 0 && self.in_paragraph {
                    self.text(text);
                }
            }
        }
    }

    fn open_sheet(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        let name = attribute(e, "table:name").unwrap_or_default();
        self.rows_before = 0;
        let hidden = attribute(e, "table:style-name")
            .is_some_and(|style| self.hiding_styles.contains(&style));
        if hidden {
            self.hidden_sheets.push(name);
            self.sheet = None;
        } else {
            self.sheet = Some(name);
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(cell) = self.cell.as_mut() {
            cell.push_str(text);
        }
    }

    fn close_cell(&mut self) {
        let text = self.cell.take().unwrap_or_default();
        let value = self.cell_value.take();
        // A cell repeated across columns is read once: the repeats add no words.
        let text = Some(text)
            .filter(|t| !t.trim().is_empty())
            .or(value.filter(|v| !v.trim().is_empty()));
        if let Some(text) = text {
            self.row.push(text);
        }
    }

    fn close_row(&mut self, builder: &mut DocumentBuilder) {
        let number = self.rows_before.saturating_add(1);
        self.rows_before = self.rows_before.saturating_add(self.row_repeats);
        let Some(sheet) = &self.sheet else { return };
        if self.row.is_empty() {
            return;
        }
        builder.push_row(sheet, number, &self.row.join(CELL_SEPARATOR));
        // A row repeated unchanged says nothing new: it is read once, and said so.
        if self.row_repeats > 1 && self.repeated_rows.len() < MAX_REPEATED_ROWS_NOTED {
            self.repeated_rows
                .push(format!("{sheet} row {number} ({} times)", self.row_repeats));
        }
        self.row.clear();
    }
}

/// The number of times a row or cell repeats (`table:number-rows-repeated`), at least 1.
fn repeats(e: &quick_xml::events::BytesStart<'_>, name: &str) -> u32 {
    attribute(e, name)
        .and_then(|n| n.parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(number_text(12.0), "12");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(-3.5), "-3.5");
        assert_eq!(duration_text(1.5), "36:00");
        assert_eq!(duration_text(0.25 + 1.0 / 48.0), "6:30");
    }

    fn ods(content: &str) -> Vec<u8> {
        use std::io::Write;
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("content.xml", stored).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0""#;

    #[test]
    fn ods_rows_count_repeats_and_skip_hidden_sheets_and_comments() {
        let content = format!(
            r#"<office:document-content {NS}><office:automatic-styles>
            <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
            </office:automatic-styles><office:body><office:spreadsheet>
            <table:table table:name="Exigences">
              <table:table-row><table:table-cell><text:p>Réf</text:p></table:table-cell><table:table-cell><text:p>Exigence</text:p></table:table-cell></table:table-row>
              <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4"/></table:table-row>
              <table:table-row><table:table-cell><text:p>EX-01</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell><office:annotation><text:p>commentaire</text:p></office:annotation><text:p>Les données<text:s text:c="2"/>sont en France.</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="3"/></table:table-row>
            </table:table>
            <table:table table:name="Listes" table:style-name="ta2"><table:table-row><table:table-cell><text:p>Oui</text:p></table:table-cell></table:table-row></table:table>
            </office:spreadsheet></office:body></office:document-content>"#
        );
        let bytes = ods(&content);
        let document = read_ods(
            Source {
                name: "m.ods",
                bytes: &bytes,
            },
            &IngestOptions::default(),
        )
        .unwrap();
        let rows: Vec<_> = document
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), b.location.row, b.location.sheet.as_deref()))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("Réf | Exigence", Some(1), Some("Exigences")),
                (
                    "EX-01 | Les données sont en France. | 3",
                    Some(5),
                    Some("Exigences")
                ),
            ]
        );
        assert_eq!(document.blocks[1].location.section, vec!["Exigences"]);
        assert!(document.notes.iter().any(|n| n.contains("Listes")));
    }
}
