import { PrinterOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { CopyKind } from '../api/types';
import './visits.css';

export interface ReceiptData {
  unitName?: string;
  bookNo?: string;
  receivedAt?: string;
  visitorName?: string;
  documents: { title?: string; pages?: number; copyKind?: CopyKind }[];
  receiptNo?: string;
  resultNoticeDue?: string;
}

/** The receipt (giấy biên nhận) of the documents a citizen handed in, laid out for A4. */
export function Receipt({ data }: { data: ReceiptData }) {
  const { t } = useTranslation('visits');
  return (
    <div className="visit-receipt">
      <div className="receipt-head">
        <div>
          <strong>{data.unitName}</strong>
          <div>{t('receipt.number', { no: data.receiptNo ?? data.bookNo ?? '' })}</div>
        </div>
        <div>
          <strong>{t('receipt.country')}</strong>
          <div>{t('receipt.motto')}</div>
        </div>
      </div>
      <h2>{t('receipt.title')}</h2>
      <h3>{t('receipt.subtitle')}</h3>
      <p>
        {t('receipt.received', {
          date: formatDate(data.receivedAt),
          unit: data.unitName ?? '',
          name: data.visitorName ?? '',
          bookNo: data.bookNo ?? '',
        })}
      </p>
      {data.documents.length === 0 ? (
        <p>{t('receipt.noDocuments')}</p>
      ) : (
        <ol>
          {data.documents.map((doc, index) => (
            <li key={`${index}-${doc.title}`}>
              {doc.title}
              {doc.copyKind ? ` (${t(`copyKind.${doc.copyKind}`)})` : ''}
              {doc.pages ? ` – ${t('receipt.pages', { n: doc.pages })}` : ''}
            </li>
          ))}
        </ol>
      )}
      {data.resultNoticeDue && (
        <p>{t('receipt.due', { date: formatDate(data.resultNoticeDue) })}</p>
      )}
      <div className="receipt-signatures">
        <div>
          <strong>{t('receipt.giver')}</strong>
          <div>{t('receipt.sign')}</div>
        </div>
        <div>
          <strong>{t('receipt.receiver')}</strong>
          <div>{t('receipt.sign')}</div>
        </div>
      </div>
    </div>
  );
}

/** The receipt in a dialog with a print button; the print stylesheet prints only the sheet. */
export function ReceiptModal({ data, onClose }: { data: ReceiptData; onClose: () => void }) {
  const { t } = useTranslation('visits');
  return (
    <Modal
      open
      width={820}
      title={t('desk.printReceipt')}
      onCancel={onClose}
      footer={
        <div className="no-print">
          <Button onClick={onClose}>{t('receipt.close')}</Button>
          <Button
            type="primary"
            icon={<PrinterOutlined aria-hidden />}
            onClick={() => window.print()}
          >
            {t('receipt.print')}
          </Button>
        </div>
      }
    >
      <Receipt data={data} />
    </Modal>
  );
}
