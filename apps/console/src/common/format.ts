import dayjs from 'dayjs';

export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
/** Amounts are kept in fen (分). */
export const formatYuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
