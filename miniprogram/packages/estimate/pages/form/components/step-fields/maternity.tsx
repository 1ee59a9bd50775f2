import { View } from '@tarojs/components';
import { ChoiceGroup } from '../../../../../../components/choice-group';
import { Field } from '../../../../../../components/field';
import { asDelivery, asksCaesarean, type MaternityEvent } from '../../../../model/draft';
import { AmountInput } from '../amount-input';
import { YES_NO, type StepProps } from './types';

/**
 * 生育 (居民 第三章 十四问, 职工 第二章 二十八问): delivery or termination, and what sets the limit — 顺产/难产 and the
 * number of babies, or the weeks of pregnancy and 剖宫术; a termination with a live baby is settled as a delivery.
 */
export function MaternityStep({ draft, errors, change }: StepProps) {
  return (
    <View>
      <Field id='field-event' label='这次是' error={errors['visit.event']}>
        <ChoiceGroup<MaternityEvent>
          id='event'
          options={[
            { value: 'delivery', label: '生孩子（分娩）' },
            { value: 'termination', label: '终止妊娠', explain: '引产、流产等。' },
          ]}
          selected={draft.maternityEvent ? [draft.maternityEvent] : []}
          onChange={([maternityEvent]) => change({ maternityEvent })}
        />
      </Field>
      {draft.maternityEvent === 'termination' ? (
        <View>
          <Field
            id='field-gestation-weeks'
            label='怀孕多少周'
            help='满 16 周（4 个月）前后，报销限额不同；按病历上的孕周填。'
            error={errors['visit.gestationWeeks']}
          >
            <AmountInput
              id='gestation-weeks'
              integer
              unit='周'
              value={draft.gestationWeeks}
              placeholder='例如 12'
              onChange={(gestationWeeks) => change({ gestationWeeks })}
            />
          </Field>
          <Field id='field-live-birth' label='有存活的婴儿吗？' help='有存活婴儿的，按生育的标准报销。' error={errors['visit.liveBirth']}>
            <ChoiceGroup
              id='live-birth'
              options={YES_NO}
              selected={[draft.liveBirth ? 'yes' : 'no']}
              onChange={([v]) => change({ liveBirth: v === 'yes' })}
            />
          </Field>
        </View>
      ) : null}
      {asksCaesarean(draft) ? (
        <Field id='field-caesarean' label='是否施行了剖宫术' help='满 16 周终止妊娠并施行剖宫术的，限额增加。' error={errors['visit.caesarean']}>
          <ChoiceGroup
            id='caesarean'
            options={YES_NO}
            selected={[draft.caesarean ? 'yes' : 'no']}
            onChange={([v]) => change({ caesarean: v === 'yes' })}
          />
        </Field>
      ) : null}
      {asDelivery(draft) ? (
        <View>
          <Field id='field-difficult' label='顺产还是难产' help='剖宫产按难产算。' error={errors['visit.difficult']}>
            <ChoiceGroup
              id='difficult'
              options={[
                { value: 'no' as const, label: '顺产' },
                { value: 'yes' as const, label: '难产（含剖宫产）' },
              ]}
              selected={[draft.difficult ? 'yes' : 'no']}
              onChange={([v]) => change({ difficult: v === 'yes' })}
            />
          </Field>
          <Field id='field-babies' label='这一胎生了几个孩子' help='双胞胎、多胞胎每多一个婴儿，限额增加。' error={errors['visit.babies']}>
            <AmountInput id='babies' integer unit='个' value={draft.babies} placeholder='例如 1' onChange={(babies) => change({ babies })} />
          </Field>
        </View>
      ) : null}
    </View>
  );
}
