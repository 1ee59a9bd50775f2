import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { FamilyMemberView } from '../../../../../shared/contract/family';
import type { SubsidyStatusView } from '../../../../../shared/contract/veteran';
import { todayInChina, yearOf } from '../../../../../shared/dates';
import { ChoiceGroup } from '../../../../components/choice-group';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { listFamily } from '../../../../services/applications';
import { canClaim, inpatientCard, personLine, viewerLine, yearChoices } from '../../model/status';
import { knownWhose, notOnRosterHelp, optionOf, parseWhose, problemOf, SELF, whoseOf, whoseOptions, whoseRequest, type StatusProblem, type Whose } from '../../model/whose';
import { claimUrl, detailUrl } from '../../model/routes';
import { identityUrl } from '../../../../models/routes';
import { loadWhose, saveWhose } from '../../services/store';
import { fetchStatus } from '../../services/subsidy';
import { AllowanceCard } from './components/allowance-card';
import { ClaimsCard } from './components/claims-card';
import { IdentityForm } from './components/identity-form';
import { InpatientCard } from './components/inpatient-card';
import { MaterialsCard } from './components/materials-card';
import { MemberForm } from './components/member-form';
import { RosterHelp } from './components/roster-help';
import { VerifyHelp } from './components/verify-help';
import { WindowCard } from './components/window-card';
import '../../veteran.css';
import './index.css';

type Loaded = { kind: 'loading' } | { kind: 'ok'; view: SubsidyStatusView } | { kind: 'problem'; problem: StatusProblem; message: string };

/**
 * 我的优抚补助: the year's 定额门诊补助, the 住院医疗补助 used against the cap, each payment, the next 非一站式 window, the
 * materials to bring and the claims in progress — one's own (本人实名) or a saved family member's, as their agent.
 */
export default function VeteranStatusPage() {
  const router = useRouter();
  const thisYear = yearOf(todayInChina());
  const [whose, setWhose] = useState<Whose>(() => (router.params.member !== undefined ? parseWhose(router.params.member) : loadWhose()));
  const [year, setYear] = useState(thisYear);
  const [members, setMembers] = useState<FamilyMemberView[] | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [adding, setAdding] = useState(false);
  // The latest request wins: an answer for a person or year no longer chosen is dropped.
  const ticket = useRef(0);
  const current = useRef({ whose, year });
  current.current = { whose, year };

  const load = async (w: Whose, y: number) => {
    const mine = ++ticket.current;
    setLoaded({ kind: 'loading' });
    try {
      const view = await fetchStatus({ ...whoseRequest(w), ...(y !== thisYear ? { year: y } : {}) });
      if (mine === ticket.current) setLoaded({ kind: 'ok', view });
    } catch (e) {
      const err = toServiceError(e);
      if (mine === ticket.current) setLoaded({ kind: 'problem', problem: problemOf(err), message: err.message });
    }
  };

  const loadMembers = async () => {
    try {
      const list = await listFamily();
      setMembers(list);
      const known = knownWhose(current.current.whose, list);
      if (known !== current.current.whose) choose(known);
    } catch {
      // The list is only for choosing: one's own ledger still shows, and 再试一次 reloads both.
      setMembers((m) => m ?? []);
    }
  };

  useDidShow(() => {
    void loadMembers();
    void load(current.current.whose, current.current.year);
  });

  const choose = (w: Whose, y: number = current.current.year) => {
    setWhose(w);
    setYear(y);
    saveWhose(w);
    setAdding(false);
    void load(w, y);
  };

  const member = members?.find((m) => m.id === whose) ?? null;
  const view = loaded.kind === 'ok' ? loaded.view : null;

  return (
    <ThemedPage id='veteran-status' className='veteran-status'>
      {view ? <AnswerCard view={view} /> : null}
      <View className='card'>
        <Text className='vet-title'>优抚医疗补助</Text>
        <Text className='vet-line'>定额门诊补助发了没有、住院补助还剩多少、县外住院什么时候申请，每一项都写明依据。</Text>
        <Text className='vet-subtitle'>查看谁的补助？</Text>
        <ChoiceGroup id='vet-whose' options={whoseOptions(members ?? [])} selected={[optionOf(whose)]} onChange={([option]) => choose(whoseOf(option))} />
        {adding ? (
          <MemberForm
            onSaved={(saved) => {
              setMembers([...(members ?? []).filter((m) => m.id !== saved.id), saved]);
              choose(saved.id);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <View id='vet-member-add' className='vet-link' hoverClass='btn-hover' ariaRole='button' onClick={() => setAdding(true)}>
            ＋ 添加一位家人（替父母等近亲属查看、申请）
          </View>
        )}
        <View
          id='vet-identity-link'
          className='vet-link'
          hoverClass='btn-hover'
          ariaRole='button'
          onClick={() => Taro.navigateTo({ url: identityUrl(whose === SELF ? undefined : whose) })}
        >
          本人信息与核验（查看核验编号、输入核验码） ›
        </View>
        <View id='vet-years' className='vet-years'>
          {yearChoices(thisYear).map((y) => (
            <View
              key={y}
              id={`vet-year-${y}`}
              className={`vet-year ${y === year ? 'vet-year--on' : ''}`}
              hoverClass='btn-hover'
              ariaRole='radio'
              aria-checked={y === year ? 'true' : 'false'}
              ariaLabel={`${y} 年${y === year ? '，已选' : ''}`}
              onClick={() => choose(whose, y)}
            >
              {y} 年
            </View>
          ))}
        </View>
      </View>

      {loaded.kind === 'loading' ? (
        <View className='card'>
          <Text id='vet-loading' className='muted'>
            正在查询…
          </Text>
        </View>
      ) : null}

      {loaded.kind === 'problem' ? (
        <Problem
          whose={whose}
          member={member}
          problem={loaded.problem}
          message={loaded.message}
          onRetry={() => {
            void loadMembers();
            void load(whose, year);
          }}
          onIdentity={() => void load(whose, year)}
        />
      ) : null}

      {view ? (
        <View id='vet-ledger'>
          <View id='vet-person' className='card'>
            <Text id='vet-person-line' className='vet-person'>
              {personLine(view.veteran)}
            </Text>
            <Text className='vet-line muted'>
              身份证号 <Text className='id-number'>{view.veteran.idNumberMasked}</Text>　{view.veteran.rosterYear} 年优抚对象名册
            </Text>
            {viewerLine(view) ? (
              <Text id='vet-viewer' className='vet-line'>
                {viewerLine(view)}
              </Text>
            ) : null}
            <Text id='vet-as-of' className='vet-note'>
              查询日期 {view.asOf}（按已登记的发放名单和受理的申请）
            </Text>
          </View>

          <AllowanceCard year={view.year} allowance={view.outpatientAllowance} />
          <InpatientCard year={view.year} inpatient={view.inpatient} />

          {canClaim(view) ? (
            <View className='vet-actions'>
              <View
                id='vet-claim-start'
                className='btn btn-primary'
                hoverClass='btn-hover'
                ariaRole='button'
                onClick={() => Taro.navigateTo({ url: claimUrl(whose) })}
              >
                申请县外住院（非一站式）补助
              </View>
              <Text className='vet-note'>在县外住院、出院时没有直接减免的，在这里填医保结算单，先算补助多少，再提交申请。</Text>
            </View>
          ) : null}

          {view.nextWindow ? <WindowCard window={view.nextWindow} /> : null}
          <ClaimsCard claims={view.claims} onOpen={(id, status) => Taro.navigateTo({ url: status === 'draft' ? claimUrl(whose) : detailUrl(id) })} />
          <MaterialsCard materials={view.materials} />

          {view.notes.length > 0 ? (
            <View id='vet-notes' className='card'>
              <Text className='card-title'>说明</Text>
              {view.notes.map((n) => (
                <Text key={n} className='vet-line'>
                  · {n}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}
    </ThemedPage>
  );
}

function Problem(props: {
  whose: Whose;
  member: FamilyMemberView | null;
  problem: StatusProblem;
  message: string;
  onRetry: () => void;
  onIdentity: () => void;
}) {
  const { whose, member, problem, message, onRetry, onIdentity } = props;
  if (problem === 'needsIdentity') {
    return (
      <IdentityForm
        intro='查询本人的优抚补助，请先填写您本人的姓名和身份证号（与户口本、优抚证件一致），用来在优抚对象名册中找到您。替家人查询，请在上面选择或添加家人。'
        onSaved={onIdentity}
      />
    );
  }
  if (problem === 'needsVerification') {
    return <VerifyHelp message={message} memberId={whose === SELF ? undefined : whose} memberName={member?.name} />;
  }
  if (problem === 'notOnRoster') {
    return (
      <View>
        <RosterHelp help={notOnRosterHelp(whose, member?.name ?? null)} />
        {whose === SELF ? <IdentityForm intro='如果刚才的姓名或身份证号填错了，在这里重新填写：' onSaved={onIdentity} /> : null}
      </View>
    );
  }
  return (
    <View className='card'>
      <Text id='vet-error' className='banner-error'>
        {problem === 'memberGone' ? '这位家人已被删除，请重新选择或添加。' : message}
      </Text>
      <View id='vet-retry' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={onRetry}>
        再试一次
      </View>
    </View>
  );
}

/**
 * The answer the person came for, on the first screen (issue 15: at 360 px in 长辈模式 "还可补助 17,000" sat below
 * it): whose year, and what is left of the 住院医疗补助 (or what was paid, where no cap applies). The cards below
 * explain it.
 */
function AnswerCard({ view }: { view: SubsidyStatusView }) {
  const card = inpatientCard(view.inpatient);
  return (
    <View id='vet-answer' className='card vet-answer'>
      <Text className='vet-line'>
        {view.veteran.name} · {view.year} 年住院医疗补助
      </Text>
      <Text id='vet-answer-figure' className='vet-figure vet-figure--ok'>
        {card.headline}
      </Text>
      {card.pending ? <Text className='vet-note'>{card.pending}</Text> : null}
    </View>
  );
}
