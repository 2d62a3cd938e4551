import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNow } from '../common/use-now';
import { durationParts, slaCountdown, type CountdownLevel, type CountdownOrder } from './sla-countdown';

// Dark enough for white text at 4.5:1 (WCAG AA).
const COLOURS: Record<CountdownLevel, string | undefined> = { ok: '#237804', amber: '#ad4e00', red: '#a8071a', paused: '#595959', done: undefined };

/** 剩余 / 超时 on a work order's current SLA clock, green, amber or red (sla-countdown.ts). */
export function SlaCountdownTag({ order }: { order: CountdownOrder }) {
  const { t } = useTranslation();
  const countdown = slaCountdown(order, useNow());
  if (countdown.level === 'done' || !countdown.clock) return null;
  const { days, hours, minutes } = durationParts(countdown.remainingMs);
  const time = days ? t('sla.days', { days, hours }) : hours ? t('sla.hours', { hours, minutes }) : t('sla.minutes', { minutes });
  const clock = t(`sla.clocks.${countdown.clock}`);
  const label =
    countdown.level === 'paused' ? t('sla.paused', { clock }) : countdown.remainingMs < 0 ? t('sla.overdue', { clock, time }) : t('sla.left', { clock, time });
  return (
    <Tag color={COLOURS[countdown.level]} data-sla-level={countdown.level}>
      {label}
    </Tag>
  );
}
