from mk1 import w,B_
import mk5
FW='\u3000\u3000'
def block(ps): return '\n'.join([(x if x=='同志们：' else FW+x) for x in ps])
parts=[block(mk5.pa),'','＊＊＊','',block(mk5.pd),'','＊＊＊','',block(mk5.pc),'']
w(B_+'c05/乡镇街道讲话选编（三）无标题无合集名.txt','\n'.join(parts),enc='gbk',nl='\r\n')
