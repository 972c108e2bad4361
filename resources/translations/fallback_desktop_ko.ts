<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AdviseView</name>
    <message>
        <source>Compare all channels</source>
        <translation>모든 창구 비교</translation>
    </message>
    <message>
        <source>Compare the channels of %1</source>
        <translation>%1의 창구 비교</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>창구 비교표</translation>
    </message>
</context>
<context>
    <name>AppPage</name>
    <message>
        <source>In the company&apos;s app</source>
        <translation>회사 앱에서 문의하기</translation>
    </message>
    <message>
        <source>Open the app, find its 1:1 inquiry (often under My page or Customer center) and paste this message. The answer comes as a notice in the app.</source>
        <translation>앱을 열고 1:1 문의(보통 마이페이지나 고객센터 안에 있어요)를 찾아 이 메시지를 붙여 넣으세요. 답변은 앱 알림으로 와요.</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>앱: %1</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>메시지 복사</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Add &amp;file…</source>
        <translation>파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>빼기(&amp;V)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="vanished">첨부 파일</translation>
    </message>
    <message>
        <source>Files to send with the letter, such as receipts or photos</source>
        <translation>영수증이나 사진처럼 편지와 함께 보낼 파일</translation>
    </message>
    <message>
        <source>Choose files to attach</source>
        <translation>첨부할 파일 고르기</translation>
    </message>
</context>
<context>
    <name>AttemptForm</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>연락 수단(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>언제(&amp;W)</translation>
    </message>
    <message>
        <source>Wait (&amp;minutes)</source>
        <translation>기다린 시간(분)(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>결과(&amp;O)</translation>
    </message>
    <message>
        <source>Reply came (optional)</source>
        <translation>답변 받은 때 (선택)</translation>
    </message>
</context>
<context>
    <name>BackupOffer</name>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>백업 되살리기(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>백업 되살리기</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Time waited</source>
        <translation>기다린 시간</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>타이머 멈추기</translation>
    </message>
    <message>
        <source>Start the timer again</source>
        <translation>타이머 다시 시작</translation>
    </message>
    <message>
        <source>Waited %1 min %2 s</source>
        <translation>기다린 시간 %1분 %2초</translation>
    </message>
    <message>
        <source>Start the call timer</source>
        <translation>통화 타이머 시작</translation>
    </message>
</context>
<context>
    <name>CaseDetails</name>
    <message>
        <source>Save the reminders for your calendar</source>
        <translation>캘린더에 넣을 알림 저장</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be saved there.</source>
        <translation>그 위치에는 캘린더 파일을 저장할 수 없어요.</translation>
    </message>
    <message>
        <source>Saved %1: open it to add the reminders to your calendar.</source>
        <translation>%1 파일을 저장했어요. 파일을 열면 캘린더에 알림이 추가돼요.</translation>
    </message>
    <message>
        <source>Saved %1: open it to add the reminders to your calendar, with a call again at %2.</source>
        <translation>%1에 저장했어요. 파일을 열면 캘린더에 알림이 추가되고, %2에 다시 전화하라는 알림도 들어 있어요.</translation>
    </message>
    <message>
        <source>The follow-up is copied: paste it into your mail.</source>
        <translation>재문의 글을 복사했어요. 메일에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No answer by the reply-by day. Send the follow-up, or go to the next steps: 1372, 한국소비자원 and a certified letter.</source>
        <translation>답변 기한까지 답이 없었어요. 재문의를 보내거나 다음 단계로 넘어가세요: 1372, 한국소비자원, 내용증명.</translation>
    </message>
    <message>
        <source>Show the &amp;next steps</source>
        <translation>다음 단계 보기(&amp;N)</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>문의 진행 기록</translation>
    </message>
    <message>
        <source>&amp;Add attempt</source>
        <translation>연락 기록 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;rrect attempt</source>
        <translation>연락 기록 고치기(&amp;R)</translation>
    </message>
    <message>
        <source>Save reminders (.&amp;ics)</source>
        <translation>캘린더 알림 저장(.ics)(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Follow-up letter</source>
        <translation>재문의 글(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy follow-up</source>
        <translation>재문의 글 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>재문의</translation>
    </message>
    <message>
        <source>If they still do not answer</source>
        <translation>그래도 답이 없으면</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>&amp;Purpose</source>
        <translation>목적(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reply by</source>
        <translation>답변 기한(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>회사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>제품</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>마지막 연락</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>No cases yet. Press New case to note the problem, then every attempt to reach the company: the dates to keep and the next step follow from them.</source>
        <translation>아직 기록한 문의가 없어요. &apos;새 문의&apos;를 눌러 문제를 적고, 회사에 연락할 때마다 기록해 두세요. 지켜야 할 날짜와 다음 단계가 거기서 나와요.</translation>
    </message>
    <message>
        <source>Choose an attempt in the timeline to correct it.</source>
        <translation>고칠 연락 기록을 진행 기록에서 골라 주세요.</translation>
    </message>
    <message>
        <source>Case saved.</source>
        <translation>문의를 기록했어요.</translation>
    </message>
    <message>
        <source>Attempt recorded.</source>
        <translation>연락을 기록했어요.</translation>
    </message>
    <message>
        <source>Attempt corrected.</source>
        <translation>연락 기록을 고쳤어요.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>문의 목록</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>새 문의(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ChannelDetails</name>
    <message>
        <source>← Back to the recommendation</source>
        <translation>← 추천으로 돌아가기</translation>
    </message>
    <message>
        <source>About this channel</source>
        <translation>이 창구 자세히 보기</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <source>In your situation</source>
        <translation>지금 상황에서는</translation>
    </message>
    <message>
        <source>What it can carry</source>
        <translation>주고받을 수 있는 것</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>장점</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>주의할 점</translation>
    </message>
    <message>
        <source>Usual first reply</source>
        <translation>보통 첫 답변</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 자세히 보기</translation>
    </message>
    <message>
        <source>Not ranked for this situation.</source>
        <translation>이 상황의 순위에는 없어요.</translation>
    </message>
    <message>
        <source>Rank %1 of %2.</source>
        <translation>%2개 창구 중 %1위.</translation>
    </message>
</context>
<context>
    <name>ChannelHelpers</name>
    <message>
        <source>Channel:</source>
        <translation>연락 방법:</translation>
    </message>
    <message>
        <source>Which channel to get ready for</source>
        <translation>준비할 연락 방법</translation>
    </message>
</context>
<context>
    <name>ChannelTableModel</name>
    <message>
        <source>Channel</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <source>Usual first reply</source>
        <translation>보통 첫 답변</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>장점</translation>
    </message>
    <message>
        <source>Watch out for</source>
        <translation>주의할 점</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>추천</translation>
    </message>
    <message>
        <source>Not usable in your situation</source>
        <translation>지금 상황에서는 쓸 수 없음</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>예상 첫 답변</translation>
    </message>
    <message>
        <source>Whether you can use it now, or when it opens</source>
        <translation>지금 쓸 수 있는지, 아니면 언제 여는지</translation>
    </message>
    <message>
        <source>When people answer on it</source>
        <translation>사람이 답하는 시간</translation>
    </message>
    <message>
        <source>When the first reply is likely to come, in your situation</source>
        <translation>지금 상황에서 첫 답변이 올 것으로 보이는 때</translation>
    </message>
    <message>
        <source>How soon it usually answers, from published figures</source>
        <translation>공개된 자료로 본 보통의 첫 답변 시간</translation>
    </message>
    <message>
        <source>Not offered by this company</source>
        <translation>이 회사에는 없는 창구</translation>
    </message>
    <message>
        <source>Any hour</source>
        <translation>24시간 접수</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>상담 시간에만</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>지금 운영 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>운영 안 함</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>%1 운영 시작</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Have these ready before the chat:</source>
        <translation>채팅 전에 준비해 두세요:</translation>
    </message>
    <message>
        <source>What to have ready</source>
        <translation>준비할 것</translation>
    </message>
    <message>
        <source>The first message to paste:</source>
        <translation>처음 붙여 넣을 메시지:</translation>
    </message>
    <message>
        <source>Copy the first message</source>
        <translation>첫 메시지 복사</translation>
    </message>
    <message>
        <source>During the chat:</source>
        <translation>채팅하는 동안:</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>아직 비어 있어요</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>빠짐</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Saved. Undo with Ctrl+Z.</source>
        <translation>저장했어요. Ctrl+Z로 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>삭제했어요. Ctrl+Z로 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>되돌렸어요.</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>브라우저에서 %1을(를) 열었어요.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1을(를) 열 수 없었어요.</translation>
    </message>
    <message>
        <source>Search: name or initials (ㅅㅅㅈㅈ)</source>
        <translation>검색: 이름 또는 초성(ㅅㅅㅈㅈ)</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>회사 검색</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>회사 목록</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="vanished">추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">수정(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="vanished">삭제(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">취소</translation>
    </message>
</context>
<context>
    <name>CompanyButtons</name>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>수정(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CompanyDetails</name>
    <message>
        <source>Pick a company in the list, or add one.</source>
        <translation>목록에서 회사를 고르거나 새로 추가하세요.</translation>
    </message>
    <message>
        <source>No channels noted yet.</source>
        <translation>아직 적어 둔 창구가 없어요.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>브라우저에서 %1 열기</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Separated by %1</source>
        <translation>여러 개는 %1(으)로 구분</translation>
    </message>
    <message>
        <source>The company has this channel</source>
        <translation>이 회사에 이 창구가 있어요</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>주소 목록</translation>
    </message>
    <message>
        <source>Addresses of this channel</source>
        <translation>이 채널의 주소</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>주소 추가</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>주소 삭제</translation>
    </message>
    <message>
        <source>(new address)</source>
        <translation>(새 주소)</translation>
    </message>
</context>
<context>
    <name>DraftFieldsForm</name>
    <message>
        <source>Who you are writing to</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>무슨 일이 있었나요</translation>
    </message>
    <message>
        <source>What you want</source>
        <translation>원하는 것</translation>
    </message>
    <message>
        <source>How they can reach you (remembered)</source>
        <translation>내 연락처 (다음에도 기억해요)</translation>
    </message>
    <message>
        <source>Files to attach</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>&amp;To: the company&apos;s email address</source>
        <translation type="vanished">받는 사람: 회사 이메일 주소(&amp;T)</translation>
    </message>
    <message>
        <source>Compan&amp;y name</source>
        <translation type="vanished">회사 이름(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Product or service</source>
        <translation type="vanished">제품 또는 서비스(&amp;P)</translation>
    </message>
    <message>
        <source>Order or contract &amp;number</source>
        <translation type="vanished">주문 번호 또는 계약 번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What went wrong, in your own words</source>
        <translation type="vanished">어떤 문제가 있었는지 편하게 적어 주세요(&amp;W)</translation>
    </message>
    <message>
        <source>What you have tried &amp;already (e.g. calls and their times)</source>
        <translation type="vanished">이미 해 본 일 (예: 전화한 시각과 횟수)(&amp;A)</translation>
    </message>
    <message>
        <source>What you want them to &amp;do</source>
        <translation type="vanished">회사에 바라는 조치(&amp;D)</translation>
    </message>
    <message>
        <source>Ask for a reply &amp;by</source>
        <translation type="vanished">답변 요청 기한(&amp;B)</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation type="vanished">내 이름(&amp;M)</translation>
    </message>
    <message>
        <source>Your phone n&amp;umber</source>
        <translation type="vanished">내 전화번호(&amp;U)</translation>
    </message>
    <message>
        <source>Your &amp;email address</source>
        <translation type="vanished">내 이메일 주소(&amp;E)</translation>
    </message>
    <message>
        <source>Date it &amp;happened:</source>
        <translation type="vanished">일이 생긴 날짜(&amp;H):</translation>
    </message>
    <message>
        <source>I know the date it happened</source>
        <translation type="vanished">일이 생긴 날짜를 알고 있음</translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="vanished">일이 생긴 날짜</translation>
    </message>
</context>
<context>
    <name>DraftHandoff</name>
    <message>
        <source>Copied. Paste it (Ctrl+V) into your mail or the company&apos;s web form, and add the subject if the form asks for one.</source>
        <translation>복사했습니다. 메일이나 회사 문의 양식에 붙여 넣고(Ctrl+V), 양식에 제목 칸이 있으면 제목도 넣어 주세요.</translation>
    </message>
    <message>
        <source>Files cannot travel in a mail link: the mail program would open the letter without them. Save it as an .eml file instead; it opens in your mail program with the files attached.</source>
        <translation type="vanished">메일 링크로는 파일을 함께 보낼 수 없어서 메일 프로그램에 첨부 파일 없이 열립니다. 대신 .eml 파일로 저장하면 파일이 첨부된 채로 메일 프로그램에서 열립니다.</translation>
    </message>
    <message>
        <source>This letter is too long for a mail link: mail programs silently cut it short. Save it as an .eml file instead, or copy it.</source>
        <translation type="vanished">편지가 길어서 메일 링크로 열 수 없습니다. 메일 프로그램이 알리지 않고 뒷부분을 잘라 버리기 때문입니다. 대신 .eml 파일로 저장하거나 복사해 주세요.</translation>
    </message>
    <message>
        <source>Your mail program should now show the letter. Check it and press Send.</source>
        <translation type="vanished">메일 프로그램에 편지가 열렸을 거예요. 내용을 확인하고 보내기를 눌러 주세요.</translation>
    </message>
    <message>
        <source>No mail program opened on this computer. Copy the letter instead, or save it as an .eml file.</source>
        <translation type="vanished">이 컴퓨터에서 메일 프로그램이 열리지 않았습니다. 대신 편지를 복사하거나 .eml 파일로 저장해 주세요.</translation>
    </message>
    <message>
        <source>Save the letter as an .eml file</source>
        <translation>편지를 .eml 파일로 저장</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>편지</translation>
    </message>
    <message>
        <source>Email draft (*.eml)</source>
        <translation>메일 초안 (*.eml)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>{path}에 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}. Open that file to send the letter from your mail program.</source>
        <translation>{path}에 저장했습니다. 이 파일을 열면 메일 프로그램에서 편지를 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>O&amp;pen it</source>
        <translation>열기(&amp;P)</translation>
    </message>
    <message>
        <source>The file could not be opened here. It is saved at {path}.</source>
        <translation>파일을 여기서 열지 못했습니다. 파일은 {path}에 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>First write here what went wrong; the letter is made from it.</source>
        <translation>먼저 여기에 어떤 문제가 있었는지 적어 주세요. 이 내용으로 편지를 만듭니다.</translation>
    </message>
    <message>
        <source>Save as .eml &amp;instead</source>
        <translation>대신 .eml로 저장(&amp;I)</translation>
    </message>
</context>
<context>
    <name>DraftPane</name>
    <message>
        <source>Your draft could not be saved on this computer: {reason}</source>
        <translation>초안을 이 컴퓨터에 저장하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>&amp;Subject</source>
        <translation>제목(&amp;S)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Lette&amp;r (you can change it)</source>
        <translation>편지 내용 (직접 고칠 수 있어요)(&amp;R)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>편지 내용</translation>
    </message>
    <message>
        <source>You changed the letter by hand, so it no longer follows the fields on the left. Your text is kept.</source>
        <translation type="vanished">편지를 직접 고치셔서 이제 왼쪽 칸의 내용을 따라 바뀌지 않습니다. 고치신 글은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>You changed the letter by hand, so it no longer follows the fields. Your text is kept.</source>
        <translation>편지를 직접 고치셔서 이제 입력 칸의 내용을 따라 바뀌지 않습니다. 고치신 글은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Re&amp;generate from the fields</source>
        <translation>다시 만들기(&amp;G)</translation>
    </message>
    <message>
        <source>Before you send:</source>
        <translation>보내기 전에 확인하세요:</translation>
    </message>
    <message>
        <source>&amp;Copy subject and letter</source>
        <translation>제목과 편지 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>메일 프로그램에서 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Save as .em&amp;l file</source>
        <translation>.eml 파일로 저장(&amp;L)</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>새 편지</translation>
    </message>
    <message>
        <source>Clears this letter to start another; your contact details stay</source>
        <translation>이 편지를 지우고 새로 시작합니다. 내 연락처는 그대로 둡니다</translation>
    </message>
    <message>
        <source>Puts the subject and the letter on the clipboard</source>
        <translation>제목과 편지를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <source>Opens a new message in your mail program</source>
        <translation>메일 프로그램에서 새 메일을 엽니다</translation>
    </message>
    <message>
        <source>Saves a draft file with attachments that your mail program can open</source>
        <translation>메일 프로그램에서 열 수 있는 초안 파일을 첨부 파일과 함께 저장합니다</translation>
    </message>
    <message>
        <source>Start a new letter?</source>
        <translation>새 편지를 시작할까요?</translation>
    </message>
    <message>
        <source>What you wrote about this problem and your changes to the letter will be cleared. Your contact details stay.</source>
        <translation>이 문제에 대해 적으신 내용과 편지를 고치신 부분이 지워집니다. 내 연락처는 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Start a new letter</source>
        <translation>새 편지 시작</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>지금 편지 계속 쓰기</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>빠짐</translation>
    </message>
</context>
<context>
    <name>EditorColumn</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>&amp;Template (Ctrl+S saves)</source>
        <translation>템플릿(&amp;T) (Ctrl+S로 저장)</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>템플릿 내용</translation>
    </message>
    <message>
        <source>&amp;Problems (Enter goes to the line)</source>
        <translation>문제(&amp;P) (Enter: 그 줄로 이동)</translation>
    </message>
    <message>
        <source>Problems in the template</source>
        <translation>템플릿의 문제</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <source>Open the 1372 site in the browser (www.ccn.go.kr)</source>
        <translation>브라우저에서 1372 누리집 열기(www.ccn.go.kr)</translation>
    </message>
    <message>
        <source>Save the case timeline as PDF…</source>
        <translation>문의 경과 기록을 PDF로 저장…</translation>
    </message>
    <message>
        <source>Save the certified letter (내용증명) as PDF…</source>
        <translation>내용증명을 PDF로 저장…</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>내 주소</translation>
    </message>
    <message>
        <source>The company&apos;s postal address</source>
        <translation>회사 주소</translation>
    </message>
    <message>
        <source>Certified letter (내용증명) through the post office</source>
        <translation>우체국 내용증명 보내기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>The reply was due by %1 and has not come. These are the next steps, in order: 1372 first, then 한국소비자원, and a certified letter (내용증명) to put it on record.</source>
        <translation>답변 기한(%1)이 지났는데 답이 없어요. 다음 단계를 차례로 해 보세요: 먼저 1372, 그다음 한국소비자원, 그리고 기록을 남기는 내용증명.</translation>
    </message>
    <message>
        <source>The reply is due by %1. If it has not come by then, these are the next steps.</source>
        <translation>답변 기한은 %1이에요. 그때까지 답이 없으면 아래 단계를 쓰세요.</translation>
    </message>
    <message>
        <source>The company has answered. If the answer does not settle it, these are the next steps.</source>
        <translation>회사가 답변했어요. 그 답변으로 해결되지 않으면 아래 단계를 쓰세요.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the same field on the 1372 site.</source>
        <translation>복사했어요. 1372 누리집의 같은 칸에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Opened www.ccn.go.kr in the browser.</source>
        <translation>브라우저에서 www.ccn.go.kr을 열었어요.</translation>
    </message>
    <message>
        <source>www.ccn.go.kr could not be opened.</source>
        <translation>www.ccn.go.kr을 열지 못했어요.</translation>
    </message>
    <message>
        <source>Before you send it, write in by hand what the letter lacks: %1.</source>
        <translation>보내기 전에 편지에 빠진 것을 직접 적어 넣으세요: %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there.</source>
        <translation>그 위치에는 PDF를 저장할 수 없어요.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 파일을 저장했어요.</translation>
    </message>
</context>
<context>
    <name>FormAndLetter</name>
    <message>
        <source>1. What happened</source>
        <translation type="vanished">1. 무슨 일인지 적기</translation>
    </message>
    <message>
        <source>2. The letter</source>
        <translation>2. 편지 확인·보내기</translation>
    </message>
    <message>
        <source>1. The facts</source>
        <translation>1. 내용 적기</translation>
    </message>
</context>
<context>
    <name>HandoffButtons</name>
    <message>
        <source>More ways to copy</source>
        <translation>다른 방식으로 복사</translation>
    </message>
    <message>
        <source>Copy the letter alone (for web forms), or the subject and the letter</source>
        <translation>편지만(웹 양식용) 또는 제목과 편지를 복사해요</translation>
    </message>
    <message>
        <source>Copy the letter &amp;alone (for web forms)</source>
        <translation>편지만 복사(웹 양식용)(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;subject and letter</source>
        <translation>제목과 편지 복사(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Write in webmail</source>
        <translation>웹메일로 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Write in webmail</source>
        <translation>웹메일로 쓰기</translation>
    </message>
    <message>
        <source>Opens the webmail you choose in the browser; the letter goes on the clipboard</source>
        <translation>고른 웹메일을 브라우저에서 열고, 편지는 클립보드에 복사해요</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;How to use</source>
        <translation>사용 방법(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation>자주 묻는 질문(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Where the numbers come from</source>
        <translation>숫자의 출처(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Opens in your browser: %1</source>
        <translation>브라우저에서 열려요: %1</translation>
    </message>
    <message>
        <source>This link cannot be opened.</source>
        <translation>이 링크는 열 수 없어요.</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>브라우저에서 %1을(를) 열었어요.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1을(를) 열지 못했어요.</translation>
    </message>
    <message>
        <source>Help: Fallback Desk</source>
        <translation>도움말: 고객센터 대체 창구 도우미</translation>
    </message>
    <message>
        <source>Help pages</source>
        <translation>도움말 목록</translation>
    </message>
</context>
<context>
    <name>HelperPage</name>
    <message>
        <source>Copied.</source>
        <translation>복사했어요.</translation>
    </message>
</context>
<context>
    <name>LinkButton</name>
    <message>
        <source>Open %1 in the browser</source>
        <translation>브라우저에서 %1 열기</translation>
    </message>
    <message>
        <source>Opened %1 in the browser.</source>
        <translation>브라우저에서 %1을(를) 열었어요.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1을(를) 열지 못했어요.</translation>
    </message>
</context>
<context>
    <name>ListColumn</name>
    <message>
        <source>&amp;Your templates</source>
        <translation>내 템플릿(&amp;Y)</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>내 템플릿</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>복제(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>삭제 취소(&amp;U)</translation>
    </message>
    <message>
        <source>A new template, starting from the standard letter</source>
        <translation>기본 편지에서 시작하는 새 템플릿</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>Subject:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <source>This is the last version that worked; fix the problems to update it.</source>
        <translation>문제없이 만들어진 마지막 편지예요. 문제를 고치면 새로 보여 드려요.</translation>
    </message>
    <message>
        <source>No preview until the problems are fixed.</source>
        <translation>문제를 고치면 미리 보기가 나타나요.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>줄 %1: %2</translation>
    </message>
    <message>
        <source>No problems: the letter can use this template.</source>
        <translation>문제없어요. 편지에 이 템플릿을 쓸 수 있어요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Best way to reach them now</source>
        <translation>지금 가장 좋은 연락 방법</translation>
    </message>
    <message>
        <source>Your settings could not be saved.</source>
        <translation>설정을 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>Fallback Desk %1

When a call to a customer center does not connect, it suggests the best other way to reach the company and helps you write the message.

Everything stays on this computer.</source>
        <translation>고객센터 대체 창구 도우미 (Fallback Desk) %1

고객센터 전화가 연결되지 않을 때, 회사에 연락할 수 있는 가장 좋은 다른 방법을 알려 드리고 보낼 글을 함께 써 드립니다.

모든 내용은 이 컴퓨터에만 저장됩니다.</translation>
    </message>
    <message>
        <source>About Fallback Desk</source>
        <translation>프로그램 정보</translation>
    </message>
    <message>
        <source>Fallback Desk: other ways to reach customer service</source>
        <translation>고객센터 대체 창구 도우미 (Fallback Desk)</translation>
    </message>
    <message>
        <source>Getting the ways to reach the company ready…</source>
        <translation>연락할 방법을 준비하고 있어요…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New letter</source>
        <translation>새 편지(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Fallback Desk</source>
        <translation>프로그램 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessengerPage</name>
    <message>
        <source>Message for the company&apos;s social media account</source>
        <translation>회사 SNS 계정에 보낼 메시지</translation>
    </message>
    <message>
        <source>Check that the account is the company&apos;s official one first. A DM is no place for personal data.</source>
        <translation>먼저 회사의 공식 계정인지 확인하세요. DM에는 개인정보를 적지 마세요.</translation>
    </message>
    <message>
        <source>Message for the company&apos;s messenger chat</source>
        <translation>회사 메신저 상담에 보낼 메시지</translation>
    </message>
    <message>
        <source>Send personal data only when the agent asks for it.</source>
        <translation>개인정보는 상담원이 요청할 때만 보내세요.</translation>
    </message>
    <message>
        <source>Message (you can change it)</source>
        <translation>메시지(고칠 수 있어요)</translation>
    </message>
    <message>
        <source>You changed the message, so it no longer follows the fields.</source>
        <translation>메시지를 직접 고쳐서 이제 입력 칸의 내용을 따라 바뀌지 않아요.</translation>
    </message>
    <message>
        <source>Make it again from the fields</source>
        <translation>입력 칸의 내용으로 다시 만들기</translation>
    </message>
    <message>
        <source>Mask all</source>
        <translation>모두 가리기</translation>
    </message>
    <message>
        <source>Hides most digits of every finding</source>
        <translation>찾은 것마다 숫자 대부분을 가려요</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>메시지 복사</translation>
    </message>
    <message>
        <source>Personal data in the message</source>
        <translation>메시지 속 개인정보</translation>
    </message>
    <message>
        <source>No personal data found in the message.</source>
        <translation>메시지에서 개인정보를 찾지 못했어요.</translation>
    </message>
    <message>
        <source>Personal data in the message:</source>
        <translation>메시지에 보이는 개인정보:</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>가리기</translation>
    </message>
    <message>
        <source>Mask: %1</source>
        <translation>가리기: %1</translation>
    </message>
    <message>
        <source>Masked.</source>
        <translation>가렸어요.</translation>
    </message>
    <message>
        <source>Personal data is showing</source>
        <translation>개인정보가 보여요</translation>
    </message>
    <message>
        <source>Copy the message with personal data showing?</source>
        <translation>개인정보가 보이는 채로 복사할까요?</translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation>그대로 복사</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>OverdueButton</name>
    <message>
        <source>Show the cases</source>
        <translation>문의 기록 보기</translation>
    </message>
</context>
<context>
    <name>PhoneGrid</name>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>Copy the number</source>
        <translation>번호 복사</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>언제 걸면 좋을까요</translation>
    </message>
    <message>
        <source>How busy the line usually is, by weekday and hour</source>
        <translation>요일·시간대별 평소 통화 혼잡도</translation>
    </message>
    <message>
        <source>Read it as text</source>
        <translation>글로 읽기</translation>
    </message>
    <message>
        <source>The phone sheet as text</source>
        <translation>전화 안내를 글로 옮긴 것</translation>
    </message>
    <message>
        <source>Timing the wait</source>
        <translation>기다린 시간 재기</translation>
    </message>
    <message>
        <source>Start when you dial and stop when a person answers, or when you give up.</source>
        <translation>전화를 걸 때 시작하고, 상담원이 받거나 포기할 때 멈추세요.</translation>
    </message>
    <message>
        <source>No number is known for this company yet. Add it under Companies.</source>
        <translation>이 회사의 전화번호를 아직 몰라요. 회사 목록에서 넣어 주세요.</translation>
    </message>
    <message>
        <source>Choose a company to see its number here.</source>
        <translation>회사를 고르면 여기에 번호가 나와요.</translation>
    </message>
    <message>
        <source>ARS keys to reach a person: %1</source>
        <translation>상담원 연결 ARS 번호: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>운영 시간: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>What to do</source>
        <translation>이렇게 하세요</translation>
    </message>
    <message>
        <source>If still nothing</source>
        <translation>그래도 안 되면</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>그다음</translation>
    </message>
    <message>
        <source>Then, %1</source>
        <translation>그다음, %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
</context>
<context>
    <name>PortalPage</name>
    <message>
        <source>Words to search the company&apos;s help pages with:</source>
        <translation>회사 도움말·FAQ에서 찾아볼 말:</translation>
    </message>
    <message>
        <source>The help pages answer common problems at once, but they take no case: if nothing fits, write to the company.</source>
        <translation>도움말 페이지는 흔한 문제에 바로 답해 주지만 문의를 접수하지는 않아요. 맞는 답이 없으면 회사에 글로 문의하세요.</translation>
    </message>
    <message>
        <source>Fill in the product or what happened, and search words appear here.</source>
        <translation>제품이나 일어난 일을 적으면 찾아볼 말이 여기에 나와요.</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>찾아볼 말</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
</context>
<context>
    <name>PreviewColumn</name>
    <message>
        <source>Previe&amp;w with an example letter:</source>
        <translation>예시 편지로 미리 보기(&amp;W):</translation>
    </message>
    <message>
        <source>Language of the example letter</source>
        <translation>예시 편지의 언어</translation>
    </message>
    <message>
        <source>Purpose of the example letter</source>
        <translation>예시 편지의 목적</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>편지 미리 보기</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>파일 폴더</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>드라이브</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>별칭</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>찾아볼 위치(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Best way to reach them now</source>
        <translation>지금 가장 좋은 연락 방법</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>시작하기 전에</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>알아보는 중…</translation>
    </message>
    <message>
        <source>No channel to suggest</source>
        <translation>추천할 창구가 없어요</translation>
    </message>
    <message>
        <source>Recommended channel: %1</source>
        <translation>추천 창구: %1</translation>
    </message>
    <message>
        <source>You can send it now. First reply: %1</source>
        <translation>지금 바로 보낼 수 있어요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Open now. First reply: %1</source>
        <translation>지금 운영 중이에요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Closed now. First reply: %1</source>
        <translation>지금은 운영하지 않아요. 첫 답변: %1</translation>
    </message>
    <message>
        <source>Closed now, opens %1. First reply: %2</source>
        <translation>지금은 운영하지 않아요. %1에 시작해요. 첫 답변: %2</translation>
    </message>
    <message>
        <source>Second choice: %1 — %2</source>
        <translation>다음으로 좋은 방법: %1 — %2</translation>
    </message>
    <message>
        <source>Second choice: %1</source>
        <translation>다음으로 좋은 방법: %1</translation>
    </message>
    <message>
        <source>☎ The phone line opens %1 (%2 from now).</source>
        <translation type="vanished">☎ 전화 상담은 %1에 시작해요(%2 후).</translation>
    </message>
    <message>
        <source>☎ Now is one of the quieter times to call.</source>
        <translation type="vanished">☎ 지금은 전화가 비교적 덜 붐비는 시간이에요.</translation>
    </message>
    <message>
        <source>☎ A quieter time to call: %1.</source>
        <translation type="vanished">☎ 전화가 덜 붐비는 시간: %1</translation>
    </message>
</context>
<context>
    <name>RecordOffer</name>
    <message>
        <source>Show the case</source>
        <translation>사건 보기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>There is a draft you were writing last time.</source>
        <translation>지난번에 쓰던 초안이 있습니다.</translation>
    </message>
    <message>
        <source>Bring it bac&amp;k</source>
        <translation>되살리기(&amp;K)</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>버리기</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <source>Following the clock: this is the time now.</source>
        <translation>시계를 따라가는 중: 지금 시각이에요.</translation>
    </message>
    <message>
        <source>Planning ahead for the time you chose. Press “Back to now” to return.</source>
        <translation>고르신 시각을 기준으로 계획하고 있어요. 돌아가려면 “지금으로”를 누르세요.</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>지금 상황</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>필요한 것</translation>
    </message>
    <message>
        <source>How urgent is it?</source>
        <translation>얼마나 급한가요?</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Any company (search by name)</source>
        <translation>모든 회사 (이름으로 검색)</translation>
    </message>
    <message>
        <source>Where are you?</source>
        <translation>지금 어디에 계세요?</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>지금 당장</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘 안에</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주 안에</translation>
    </message>
    <message>
        <source>No rush</source>
        <translation>급하지 않아요</translation>
    </message>
    <message>
        <source>At home, at a computer</source>
        <translation>집 (컴퓨터 사용 가능)</translation>
    </message>
    <message>
        <source>On the move, phone only</source>
        <translation>이동 중 (휴대폰만)</translation>
    </message>
    <message>
        <source>At work, can&apos;t talk on the phone</source>
        <translation>직장 (통화하기 어려움)</translation>
    </message>
    <message>
        <source>I need to send files or photos</source>
        <translation>파일이나 사진을 보내야 해요</translation>
    </message>
    <message>
        <source>I want a written record</source>
        <translation>글로 된 기록을 남기고 싶어요</translation>
    </message>
    <message>
        <source>Personal data is involved</source>
        <translation>개인정보가 관련돼 있어요</translation>
    </message>
    <message>
        <source>For example an ID number, card number, address or health details.</source>
        <translation>예: 주민등록번호, 카드 번호, 주소, 건강 정보</translation>
    </message>
    <message>
        <source>Back to now</source>
        <translation>지금으로</translation>
    </message>
    <message>
        <source>When (Korea time)</source>
        <translation>언제 (한국 시간)</translation>
    </message>
</context>
<context>
    <name>TemplateCombo</name>
    <message>
        <source>Standard letter</source>
        <translation>기본 편지</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>편지 템플릿</translation>
    </message>
    <message>
        <source>Your own templates are made in the Letter templates view.</source>
        <translation>내 템플릿은 &apos;편지 템플릿&apos; 화면에서 만들어요.</translation>
    </message>
</context>
<context>
    <name>TemplateUnsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The template &apos;%1&apos; has changes that are not saved yet.</source>
        <translation>&apos;%1&apos; 템플릿에 아직 저장하지 않은 변경 사항이 있어요.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>변경 사항 버리기(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Saved. The letter can use it once the problems are fixed.</source>
        <translation>저장했어요. 문제를 고치면 편지에 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>Saved. The letter can use it now.</source>
        <translation>저장했어요. 이제 편지에 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts as the standard letter.</source>
        <translation>&apos;%1&apos; 템플릿을 기본 편지 내용으로 만들었어요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a copy.</source>
        <translation>&apos;%1&apos; 사본을 만들었어요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; deleted. Undo delete brings it back.</source>
        <translation>&apos;%1&apos; 템플릿을 지웠어요. 삭제 취소로 되살릴 수 있어요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is back.</source>
        <translation>&apos;%1&apos; 템플릿을 되살렸어요.</translation>
    </message>
    <message>
        <source>No templates yet. Press New to start from the standard letter.</source>
        <translation>아직 템플릿이 없어요. 새로 만들기를 누르면 기본 편지에서 시작해요.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Advice and letter</source>
        <translation>창구 안내와 편지</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>편지 템플릿</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>문의 기록</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>화면</translation>
    </message>
</context>
<context>
    <name>WebformPage</name>
    <message>
        <source>Text for the company&apos;s web form (1:1 inquiry)</source>
        <translation>회사 웹 문의(1:1 문의)에 넣을 글</translation>
    </message>
    <message>
        <source>Web form text</source>
        <translation>웹 문의 글</translation>
    </message>
    <message>
        <source>The form&apos;s length limit:</source>
        <translation>글자 수 한도:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <source>The form&apos;s length limit</source>
        <translation>문의 양식의 글자 수 한도</translation>
    </message>
    <message>
        <source>What the limit counts</source>
        <translation>한도를 세는 단위</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>UTF-8 bytes</source>
        <translation>UTF-8 바이트</translation>
    </message>
    <message>
        <source>EUC-KR bytes</source>
        <translation>EUC-KR 바이트</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>글 복사</translation>
    </message>
    <message>
        <source>Puts the web form text alone on the clipboard</source>
        <translation>웹 문의 글만 클립보드에 복사해요</translation>
    </message>
    <message>
        <source>EUC-KR cannot write some of its characters</source>
        <translation>EUC-KR로 쓸 수 없는 글자가 있어요</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>한도 %1</translation>
    </message>
    <message>
        <source>Still over the limit: shorten it by hand before you send it.</source>
        <translation>아직 한도를 넘어요. 보내기 전에 직접 줄여 주세요.</translation>
    </message>
    <message>
        <source>Shortened to fit the limit:</source>
        <translation>한도에 맞추려고 줄인 부분:</translation>
    </message>
    <message>
        <source>UTF-8 %1 bytes</source>
        <translation>UTF-8 %1바이트</translation>
    </message>
    <message>
        <source>EUC-KR %1 bytes</source>
        <translation>EUC-KR %1바이트</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1자</translation>
    </message>
    <message>
        <source>Copied. Paste it (Ctrl+V) into the company&apos;s web form.</source>
        <translation>복사했어요. 회사 웹 문의 양식에 붙여 넣으세요(Ctrl+V).</translation>
    </message>
</context>
</TS>
