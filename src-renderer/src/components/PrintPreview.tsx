import { Box, Button, Center, Group, Loader, LoadingOverlay, Paper, SegmentedControl, Select, Stack, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { PrintableReport } from '@contract';
import { IconFileSpreadsheet, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
import { usePrintReport } from './usePrintReport';

export type PaperSize = PrintableReport['paper'];

/**
 * PrintPreview: the print preview every report of the product uses.
 *
 * - `report`: the PrintableReport a `reports.*` channel answered (undefined until the first answer).
 * - `loading`: true while (re)requesting; a previous report stays visible under a loader.
 * - `error` / `onRetry`: a failed request, shown instead of the preview, with a retry button.
 * - `paper` / `onPaperChange`: the A4 / F4 choice; the page re-requests the report with the new paper.
 * - `xlsx`: optional "Unduh XLSX" button (`onDownload`, `loading`); omitted → no button.
 * - `placeholder`: shown instead of the preview when there is nothing to request yet (e.g. a half-chosen period).
 *
 * The report HTML is shown as is in a sandboxed `<iframe srcdoc>` (no scripts; it inherits the app's CSP:
 * inline styles and data: images only) and scaled to a readable width. "Cetak / Simpan PDF" prints exactly
 * that HTML: the browser's print dialog in browser mode, Chromium's printToPDF + a save dialog on the desktop.
 */
export interface PrintPreviewProps {
  report: PrintableReport | undefined;
  loading: boolean;
  error: Error | null;
  onRetry?: () => void;
  paper: PaperSize;
  onPaperChange: (paper: PaperSize) => void;
  xlsx?: { onDownload: () => void; loading: boolean };
  placeholder?: ReactNode;
}

/** Paper sizes in mm (as src-main/reports/layout.ts) and the 8 mm grey mat its screen CSS puts around the sheet. */
const PAPER_MM: Record<PaperSize, { width: number; height: number }> = { A4: { width: 210, height: 297 }, F4: { width: 215, height: 330 } };
const MAT_MM = 8;
const PX_PER_MM = 96 / 25.4;
const MAT_COLOR = '#e9ecef';

type Zoom = 'fit' | '0.75' | '1' | '1.25';

/** The width, in CSS px, at which the report's screen layout shows one sheet on its mat. */
function naturalWidth(paper: PaperSize, landscape: boolean): number {
  const { width, height } = PAPER_MM[paper];
  return Math.round(((landscape ? height : width) + 2 * MAT_MM) * PX_PER_MM);
}

export function PrintPreview({ report, loading, error, onRetry, paper, onPaperChange, xlsx, placeholder }: PrintPreviewProps) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement | null>(null);
  const printer = usePrintReport();
  const { ref: area, width: areaWidth } = useElementSize();
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [contentHeight, setContentHeight] = useState(0);

  const pageWidth = naturalWidth(report?.paper ?? paper, report?.landscape ?? false);
  const fit = areaWidth > 0 ? Math.min(1.25, Math.max(0.5, areaWidth / pageWidth)) : 1;
  const scale = zoom === 'fit' ? fit : Number(zoom);

  // The frame is as tall as the report, so the page (not the frame) scrolls; measured on every load.
  const measure = useCallback(() => {
    const doc = frame.current?.contentDocument;
    if (!doc?.body) return;
    const update = () => setContentHeight(Math.ceil(doc.documentElement.getBoundingClientRect().height));
    update();
    void doc.fonts?.ready.then(update);
  }, []);

  const showFrame = !placeholder && !error && report;
  const height = Math.max(contentHeight, 200);

  return (
    <Paper withBorder radius="md" style={{ overflow: 'clip' }} data-testid="print-preview">
      <Group
        justify="space-between"
        px="md"
        py="sm"
        gap="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', position: 'sticky', top: 'var(--app-shell-header-height, 0px)', zIndex: 3 }}
      >
        <Group gap="md">
          <Group gap={8} wrap="nowrap">
            <Text size="sm" fw={600} c="dimmed">
              {t('reports.preview.paper')}
            </Text>
            <Tooltip label={t('reports.preview.paperHint')} withArrow>
              <SegmentedControl
                size="xs"
                value={paper}
                onChange={(v) => onPaperChange(v as PaperSize)}
                data={[
                  { value: 'A4', label: t('reports.preview.paperA4') },
                  { value: 'F4', label: t('reports.preview.paperF4') },
                ]}
                aria-label={t('reports.preview.paper')}
              />
            </Tooltip>
          </Group>
          <Group gap={8} wrap="nowrap">
            <Text size="sm" fw={600} c="dimmed">
              {t('reports.preview.zoom')}
            </Text>
            <Select
              size="xs"
              w={104}
              value={zoom}
              onChange={(v) => setZoom((v as Zoom | null) ?? 'fit')}
              allowDeselect={false}
              aria-label={t('reports.preview.zoom')}
              data={[
                { value: 'fit', label: `${Math.round(fit * 100)}%` },
                { value: '0.75', label: '75%' },
                { value: '1', label: '100%' },
                { value: '1.25', label: '125%' },
              ]}
            />
          </Group>
        </Group>
        <Group gap="sm">
          {xlsx ? (
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={xlsx.onDownload} loading={xlsx.loading} disabled={!showFrame}>
              {t('reports.preview.xlsx')}
            </Button>
          ) : null}
          <Tooltip label={printer.desktop ? t('reports.preview.desktopHint') : t('reports.preview.browserHint')} multiline w={300} withArrow>
            <Button
              leftSection={<IconPrinter size={18} />}
              onClick={() => report && printer.print(report, frame.current)}
              loading={printer.printing}
              disabled={!showFrame || loading}
            >
              {t('reports.preview.print')}
            </Button>
          </Tooltip>
        </Group>
      </Group>

      <Box ref={area} pos="relative" bg={MAT_COLOR} style={{ overflowX: 'auto' }}>
        {placeholder ? (
          <Center mih={280} p="xl" bg="white">
            {placeholder}
          </Center>
        ) : error ? (
          <Stack p="lg" bg="white" align="flex-start">
            <FormAlert messages={[error.message]} />
            {onRetry ? (
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
                {t('common.retry')}
              </Button>
            ) : null}
          </Stack>
        ) : !report ? (
          <Center mih={480}>
            <Stack align="center" gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('reports.preview.loading')}
              </Text>
            </Stack>
          </Center>
        ) : (
          <Box pos="relative" w={pageWidth * scale} h={height * scale} mx="auto">
            <LoadingOverlay visible={loading} zIndex={2} overlayProps={{ blur: 1, backgroundOpacity: 0.4 }} loaderProps={{ size: 'sm' }} />
            <iframe
              ref={frame}
              title={t('reports.preview.frameTitle', { title: report.title })}
              srcDoc={report.html}
              sandbox="allow-same-origin allow-modals"
              onLoad={measure}
              data-testid="print-preview-frame"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: pageWidth,
                height,
                border: 0,
                transform: `scale(${scale})`,
                transformOrigin: 'top left',
                background: MAT_COLOR,
              }}
            />
          </Box>
        )}
      </Box>
    </Paper>
  );
}
