from mk1 import w,B_
import mk5
FW='\u3000\u3000'
L='━━━━━━━━━━━━━━━━'
def block(t,sp,ps): return '\n'.join([L,t,L,sp]+[(x if x=='同志们：' else FW+x) for x in ps])
parts=[block(mk5.ta,'（柘塘乡党委书记　沈立　2025年3月10日）',mk5.pa),'',block(mk5.td,'（桂湾街道党工委书记　贺云　2025年4月16日）',mk5.pd),'',block(mk5.tc,'（龙泉镇镇长　顾平　2024年10月15日）',mk5.pc),'']
w(B_+'c05/乡镇街道讲话选编（四）标题夹在横线间.txt','\n'.join(parts),enc='gbk',nl='\r\n')
